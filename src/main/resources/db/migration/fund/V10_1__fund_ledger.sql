-- The ledger: double entry (each entry debits one account and credits another by the same amount), append-only,
-- each entry hashed over its fields and the previous entry's hash, one chain per fund. Balances are sums.
create table fund_entry (
    id bigserial primary key,
    fund_id bigint not null references fund_fund (id),
    seq bigint not null check (seq > 0),
    entry_date date not null,
    debit varchar(40) not null,
    credit varchar(40) not null,
    amount bigint not null check (amount > 0),
    kind varchar(20) not null,
    ref varchar(80),
    memo text not null default '',
    reverses bigint references fund_entry (id),
    recorded_at timestamptz not null,
    recorded_by varchar(100) not null,
    prev_hash char(64) not null,
    hash char(64) not null,
    unique (fund_id, seq),
    check (debit <> credit)
);
create unique index fund_entry_reversed_once on fund_entry (reverses) where reverses is not null;
create index fund_entry_fund_date on fund_entry (fund_id, entry_date);
create index fund_entry_fund_debit on fund_entry (fund_id, debit);
create index fund_entry_fund_credit on fund_entry (fund_id, credit);

create function fund_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused (corrections are reversing entries)', tg_table_name, tg_op;
end
$$;
create trigger fund_entry_append_only before update or delete on fund_entry
    for each row execute function fund_append_only();
create trigger fund_entry_no_truncate before truncate on fund_entry
    for each statement execute function fund_append_only();
revoke update, delete, truncate on fund_entry from public;

-- The chain head as published at the end of each day with new entries (or on demand): the number of entries and
-- the last one's hash, (shown on the public page, printed and signed).
create table fund_published_head (
    id bigserial primary key,
    fund_id bigint not null references fund_fund (id),
    head_date date not null,
    entries bigint not null,
    hash char(64) not null,
    published_at timestamptz not null default now(),
    unique (fund_id, entries)
);
create index fund_published_head_fund on fund_published_head (fund_id, head_date);
create trigger fund_published_head_append_only before update or delete on fund_published_head
    for each row execute function fund_append_only();

-- Closed periods: no entry dated on or before closed_through while the closure stands; only the latest standing
-- closure may be reopened, with a reason.
create table fund_period_closure (
    id bigserial primary key,
    fund_id bigint not null references fund_fund (id),
    closed_through date not null,
    closed_at timestamptz not null default now(),
    closed_by varchar(100) not null,
    reopened_at timestamptz,
    reopened_by varchar(100),
    reopen_reason text
);
create index fund_period_closure_fund on fund_period_closure (fund_id);

-- An explicit decision that lets an asset account go below zero (an advance), within a limit and dates.
create table fund_overdraft_decision (
    id bigserial primary key,
    fund_id bigint not null references fund_fund (id),
    account varchar(40) not null,
    decision_number text not null,
    limit_amount bigint not null check (limit_amount > 0),
    valid_from date not null,
    valid_to date not null,
    recorded_by varchar(100) not null,
    recorded_at timestamptz not null default now()
);
