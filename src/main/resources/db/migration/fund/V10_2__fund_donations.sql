-- Donations and their receipts (biên lai): numbers from a gap-free series per fund and year, kept in a counter row
-- updated in the donation's transaction (a sequence would leave gaps on rollback).
create table fund_receipt_counter (
    fund_id bigint not null references fund_fund (id),
    year int not null,
    last_number int not null check (last_number >= 0),
    primary key (fund_id, year)
);

create table fund_donation (
    id bigserial primary key,
    fund_id bigint not null references fund_fund (id),
    receipt_year int not null,
    receipt_seq int not null,
    receipt_number varchar(30) not null unique,
    donor_kind varchar(12) not null check (donor_kind in ('PERSON', 'ORGANISATION', 'NAMED')),
    donor_ref varchar(60),
    donor_name text not null,
    donor_address text,
    anonymous boolean not null default false,
    amount bigint not null check (amount > 0),
    channel varchar(10) not null check (channel in ('CASH', 'TRANSFER', 'IN_KIND')),
    in_kind_description text,
    account_id bigint references fund_bank_account (id),
    donated_on date not null,
    campaign_id bigint references fund_campaign (id),
    memo text,
    line_key varchar(128) unique,
    entry_id bigint not null references fund_entry (id),
    void_entry_id bigint references fund_entry (id),
    void_reason text,
    voided_at timestamptz,
    voided_by varchar(100),
    recorded_by varchar(100) not null,
    recorded_at timestamptz not null default now(),
    search_key text not null,
    unique (fund_id, receipt_year, receipt_seq),
    check (channel <> 'IN_KIND' or in_kind_description is not null),
    check (channel <> 'TRANSFER' or account_id is not null)
);
create index fund_donation_fund_date on fund_donation (fund_id, donated_on desc);
create index fund_donation_campaign on fund_donation (campaign_id);
