-- API tokens for integrations (issue 18, hole 8): a named secret an administrator issues for an account, with an
-- expiry of at most a year; only its SHA-256 is kept. The last use is written at most once a minute.
create table access_api_token (
    id           bigserial   primary key,
    user_id      bigint      not null references access_user (id),
    name         text        not null check (length(name) between 1 and 100),
    secret_hash  text        not null unique check (secret_hash ~ '^[0-9a-f]{64}$'),
    hint         text        not null,
    created_at   timestamptz not null default now(),
    created_by   text        not null,
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    revoked_by   text,
    last_used_at timestamptz,
    check (expires_at > created_at and expires_at <= created_at + interval '366 days')
);
create index access_api_token_user on access_api_token (user_id);
