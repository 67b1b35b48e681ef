create table access_user (
    id              bigserial primary key,
    username        text        not null unique check (username = lower(username) and username ~ '^[a-z0-9._-]{3,50}$'),
    password_hash   text        not null,
    full_name       text        not null,
    role            text        not null check (role in ('ADMIN','FRONT_OFFICER','DEPARTMENT_OFFICER','COMMUNE_OFFICER','AREA_HEAD')),
    department      text,
    enabled         boolean     not null default true,
    failed_attempts int         not null default 0,
    locked_until    timestamptz,
    last_login_at   timestamptz,
    search_key      text        not null default '',
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check ((role = 'DEPARTMENT_OFFICER') = (department is not null))
);

-- The roots of the unit subtrees a user may manage or view (unit codes of the territory module; no foreign key
-- across modules).
create table access_user_scope (
    user_id   bigint not null references access_user (id) on delete cascade,
    unit_code text   not null,
    kind      text   not null check (kind in ('MANAGE','VIEW')),
    primary key (user_id, unit_code, kind)
);
