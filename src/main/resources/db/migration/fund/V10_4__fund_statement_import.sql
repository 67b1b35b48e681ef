-- Bank statements imported into a fund's ledger: each import, and each line once (unique by its de-duplication
-- key: bank, account, date, amount, normalised description and occurrence, hashed), with what became of it:
-- posted as a donation (with its receipt), waiting for an officer, or marked as not a donation with a reason.
create table fund_statement_import (
    id bigserial primary key,
    fund_id bigint not null references fund_fund (id),
    account_id bigint not null references fund_bank_account (id),
    file_name text not null,
    format varchar(20) not null,
    period_from date not null,
    period_to date not null,
    opening_balance bigint not null,
    closing_balance bigint not null,
    line_count int not null,
    new_lines int not null,
    posted int not null,
    queued int not null,
    imported_by varchar(100) not null,
    imported_at timestamptz not null default now()
);

create table fund_statement_line (
    id bigserial primary key,
    import_id bigint not null references fund_statement_import (id),
    fund_id bigint not null references fund_fund (id),
    account_id bigint not null references fund_bank_account (id),
    dedup_key varchar(64) not null,
    row_no int not null,
    line_date date not null,
    line_time time,
    amount bigint not null check (amount <> 0),
    description text not null,
    counterparty text,
    reference text,
    rule varchar(20) not null,
    outcome varchar(20) not null,
    suggested_campaign_id bigint references fund_campaign (id),
    code varchar(20),
    donor_reference text,
    status varchar(12) not null check (status in ('POSTED', 'WAITING', 'NOT_DONATION')),
    resolved_reason text,
    resolved_by varchar(100),
    resolved_at timestamptz,
    search_key text not null
);
create unique index fund_statement_line_key on fund_statement_line (dedup_key);
create index fund_statement_line_queue on fund_statement_line (fund_id, status, line_date);
create index fund_statement_line_account on fund_statement_line (account_id, line_date);

-- the donations a line became (one, or two when an officer split it)
create table fund_statement_line_donation (
    line_id bigint not null references fund_statement_line (id),
    donation_id bigint not null references fund_donation (id),
    primary key (line_id, donation_id)
);
