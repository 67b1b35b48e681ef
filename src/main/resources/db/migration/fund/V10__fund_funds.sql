-- The Fund for the Poor (Quỹ "Vì người nghèo"): one fund per level and unit, valid over dates (QĐ 1198/QĐ-MTTW-ĐCT
-- 2016: four levels; from 1/7/2025 province and commune only), its campaign board, bank accounts and campaigns.
create table fund_fund (
    id bigserial primary key,
    unit_code varchar(40) not null,
    level varchar(12) not null check (level in ('CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE')),
    name text not null,
    valid_from date not null,
    valid_to date,
    legal_basis text not null,
    created_at timestamptz not null default now(),
    check (valid_to is null or valid_to > valid_from),
    check (level <> 'DISTRICT' or (valid_to is not null and valid_to <= date '2025-07-01')),
    unique (unit_code, level, valid_from)
);

create table fund_board_member (
    id bigserial primary key,
    fund_id bigint not null references fund_fund (id),
    full_name text not null,
    position text not null,
    role varchar(12) not null check (role in ('CHAIR', 'VICE_CHAIR', 'MEMBER')),
    from_date date not null,
    to_date date
);
create index fund_board_member_fund on fund_board_member (fund_id);

create table fund_bank_account (
    id bigserial primary key,
    fund_id bigint not null references fund_fund (id),
    bank_bin char(6) not null check (bank_bin ~ '^[0-9]{6}$'),
    bank_name text not null,
    account_number varchar(19) not null check (account_number ~ '^[0-9A-Za-z]{1,19}$'),
    account_name text not null,
    opened_on date not null,
    closed_on date,
    unique (bank_bin, account_number)
);
create index fund_bank_account_fund on fund_bank_account (fund_id);

create table fund_campaign (
    id bigserial primary key,
    fund_id bigint not null references fund_fund (id),
    code varchar(20) not null,
    kind varchar(12) not null check (kind in ('PEAK_MONTH', 'TET', 'DRIVE')),
    name text not null,
    starts_on date not null,
    ends_on date not null,
    target bigint not null default 0 check (target >= 0),
    check (ends_on >= starts_on),
    unique (fund_id, code)
);

-- What a district fund hands over when the district level ends (1/7/2025): one row per receiving fund, posted in
-- both ledgers; the district fund stays, closed, with its history.
create table fund_transfer (
    id bigserial primary key,
    from_fund_id bigint not null references fund_fund (id),
    to_fund_id bigint not null references fund_fund (id),
    transfer_date date not null,
    amount bigint not null check (amount > 0),
    basis text not null,
    out_entry_id bigint,
    in_entry_id bigint,
    recorded_by varchar(100) not null,
    recorded_at timestamptz not null default now(),
    check (from_fund_id <> to_fund_id)
);
