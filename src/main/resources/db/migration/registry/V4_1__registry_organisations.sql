-- Organisations of a commune that the campaign's targets count (agencies and units of the state, schools,
-- enterprises), and its public places and streets. unit_code is the commune or residential area they sit in.

create table registry_organisation (
    id             bigserial   primary key,
    name           text        collate "vi-VN-x-icu" not null check (btrim(name) <> ''),
    search_key     text        not null,
    kind           text        not null check (kind in ('AGENCY', 'UNIT', 'SCHOOL', 'ENTERPRISE')),
    unit_code      text        not null,
    address        text        not null default '',
    established_on date,
    closed_on      date,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    check (closed_on is null or established_on is null or closed_on > established_on)
);
create index registry_organisation_unit on registry_organisation (unit_code);
create index registry_organisation_search on registry_organisation using gin (search_key gin_trgm_ops);

create table registry_public_place (
    id         bigserial   primary key,
    name       text        collate "vi-VN-x-icu" not null check (btrim(name) <> ''),
    search_key text        not null,
    kind       text        not null check (kind in ('CULTURAL_HOUSE', 'MARKET', 'PARK', 'SPORTS', 'STATION',
                           'RELIGIOUS', 'MONUMENT', 'HEALTH', 'OTHER')),
    unit_code  text        not null,
    address    text        not null default '',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index registry_public_place_unit on registry_public_place (unit_code);

create table registry_street (
    id          bigserial   primary key,
    name        text        collate "vi-VN-x-icu" not null check (btrim(name) <> ''),
    search_key  text        not null,
    unit_code   text        not null,
    length_m    int         check (length_m is null or length_m > 0),
    description text        not null default '',
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create index registry_street_unit on registry_street (unit_code);
