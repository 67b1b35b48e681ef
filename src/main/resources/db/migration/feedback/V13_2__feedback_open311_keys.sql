-- Keys of the applications that post citizens' reports over Open311 GeoReport v2 (feedback.open311). Only the
-- SHA-256 of a key is kept (key_hash, hex); key_prefix is its first characters, for an administrator to tell keys
-- apart. per_minute is the key's rate limit, data an administrator edits. A revoked key stays, for the audit log
-- and the tokens it obtained.
create table feedback_open311_key (
    id           bigserial primary key,
    name         text not null check (btrim(name) <> '' and length(name) <= 100),
    key_hash     text not null unique check (key_hash ~ '^[0-9a-f]{64}$'),
    key_prefix   text not null,
    per_minute   int not null default 60 check (per_minute between 1 and 100000),
    created_at   timestamptz not null,
    created_by   text not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   text
);

-- The token a POST requests answers, for GET tokens/{token}: not the reporter's tracking code (his secret to confirm
-- or reopen), a value of its own that tells nothing but the report's public number.
create table feedback_open311_token (
    token      text primary key,
    report_id  bigint not null unique references feedback_report (id),
    key_id     bigint not null references feedback_open311_key (id),
    created_at timestamptz not null
);
