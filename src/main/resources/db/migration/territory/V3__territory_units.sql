-- Administrative units over time. A unit is its code; what it is called, what it is and where it sits are kept in
-- versions, each valid on [valid_from, valid_to) (valid_to null: still valid). A rename or a move closes the
-- version and opens a new one, so any date has at most one version per code.

-- btree_gist lets the exclusion constraint below compare codes with = next to date ranges with &&.
create extension if not exists btree_gist;

-- Vietnamese order with numbers compared as numbers: "Khu phố 2" before "Khu phố 10".
create collation if not exists territory_vi (provider = icu, locale = 'vi-VN-u-kn-true');

create table territory_unit (
    code       text        primary key check (code ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$'),
    created_at timestamptz not null default now()
);

create table territory_unit_version (
    id          bigserial primary key,
    code        text     not null references territory_unit (code),
    name        text     collate territory_vi not null check (btrim(name) <> ''),
    type        text     not null check (type in ('COUNTRY', 'PROVINCE', 'CENTRAL_CITY', 'URBAN_DISTRICT',
                        'RURAL_DISTRICT', 'DISTRICT_TOWN', 'PROVINCIAL_CITY', 'WARD', 'COMMUNE', 'TOWNSHIP',
                        'SPECIAL_ZONE', 'VILLAGE', 'HAMLET', 'QUARTER', 'RESIDENTIAL_GROUP')),
    level       smallint not null check (level between 0 and 4),
    parent_code text     references territory_unit (code),
    -- Codes from the country down to the unit itself: /VN/38/381/14812/14812-01/
    path        text     not null check (path like '/%/' and path like '%/' || code || '/'),
    valid_from  date     not null,
    valid_to    date,
    -- The name with its type, accents folded (VietnameseText.searchKey): "phuong ba dinh".
    search_key  text     not null,
    check (valid_to is null or valid_to > valid_from),
    check ((level = 0) = (parent_code is null)),
    constraint territory_unit_version_no_overlap
        exclude using gist (code with =, daterange(valid_from, valid_to, '[)') with &&)
);
create index territory_unit_version_code on territory_unit_version (code, valid_from);
create index territory_unit_version_parent on territory_unit_version (parent_code, valid_from);
create index territory_unit_version_path on territory_unit_version (path text_pattern_ops);
create index territory_unit_version_search on territory_unit_version using gin (search_key gin_trgm_ops);

-- Lineage: what happened to which units on which date, and on what legal basis. The links say which unit became
-- which; predecessors and successors of a unit are read from them. A link from a code to itself records that the
-- unit went on under a new name or parent (rename, move).
create table territory_event (
    id           bigserial   primary key,
    kind         text        not null check (kind in ('MERGE', 'SPLIT', 'RENAME', 'MOVE', 'ESTABLISH', 'DISSOLVE')),
    effective_on date        not null,
    legal_basis  text,
    note         text,
    created_at   timestamptz not null default now()
);
create index territory_event_date on territory_event (effective_on);

create table territory_event_link (
    id        bigserial primary key,
    event_id  bigint not null references territory_event (id) on delete cascade,
    from_code text references territory_unit (code),
    to_code   text references territory_unit (code),
    check (from_code is not null or to_code is not null)
);
create index territory_event_link_event on territory_event_link (event_id);
create index territory_event_link_from on territory_event_link (from_code);
create index territory_event_link_to on territory_event_link (to_code);
