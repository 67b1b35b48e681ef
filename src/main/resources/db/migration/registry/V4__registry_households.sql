-- Households (hộ gia đình) and persons (nhân khẩu) with their history. Where a household lived, and which household
-- a person belonged to, are kept as rows valid on [valid_from, valid_to) (valid_to null: still so), so that any
-- count "as of" a date reads the rows valid on that date. The place is the residential area's unit code of the
-- territory module (no foreign key across modules); which commune the area belonged to on a date, and whether it
-- was rural or urban, follow from that unit's versions.

create extension if not exists btree_gist;
create extension if not exists pg_trgm;
-- Vietnamese order (the default collation sorts "Đặng" after "Zung"). initdb usually imports it; create it otherwise.
create collation if not exists "vi-VN-x-icu" (provider = icu, locale = 'vi-VN');

create table registry_household (
    id         bigserial   primary key,
    -- Upper case, set by the commune (mã hộ): 14812-01-0001
    code       text        not null unique check (code ~ '^[A-Z0-9][A-Z0-9._/-]{0,39}$'),
    address    text        not null default '',
    started_on date        not null,
    ended_on   date,
    end_reason text        check (end_reason in ('DISSOLVED', 'MOVED_AWAY', 'MERGED', 'NO_MEMBERS')),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (ended_on is null or ended_on > started_on),
    check ((ended_on is null) = (end_reason is null))
);

create table registry_household_location (
    id           bigserial primary key,
    household_id bigint    not null references registry_household (id) on delete cascade,
    area_code    text      not null,
    valid_from   date      not null,
    valid_to     date,
    check (valid_to is null or valid_to > valid_from),
    constraint registry_household_location_one_place
        exclude using gist (household_id with =, daterange(valid_from, valid_to, '[)') with &&)
);
create index registry_household_location_area on registry_household_location (area_code, valid_from);
create index registry_household_location_household on registry_household_location (household_id, valid_from);

create table registry_person (
    id          bigserial   primary key,
    full_name   text        collate "vi-VN-x-icu" not null check (btrim(full_name) <> ''),
    -- VietnameseText.searchKey(full_name): "nguyen van a"
    search_key  text        not null,
    sex         text        not null check (sex in ('MALE', 'FEMALE')),
    birth_date  date        not null,
    -- Số định danh cá nhân / căn cước công dân (12 digits); one person holds it, whatever the date.
    citizen_id  text        unique check (citizen_id ~ '^[0-9]{12}$'),
    ethnicity   text        not null default 'Kinh',
    phone       text,
    died_on     date,
    -- A record found to be a duplicate of another (de-duplication) points at the record that was kept.
    merged_into bigint      references registry_person (id),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    check (died_on is null or died_on >= birth_date)
);
create index registry_person_search on registry_person using gin (search_key gin_trgm_ops);
create index registry_person_search_prefix on registry_person (search_key text_pattern_ops, birth_date);

-- A person's membership of a household: one household at a time for a person (and so for a CCCD, which one person
-- holds), one head at a time for a household.
create table registry_membership (
    id           bigserial primary key,
    person_id    bigint    not null references registry_person (id),
    household_id bigint    not null references registry_household (id),
    relation     text      not null check (relation in ('HEAD', 'SPOUSE', 'CHILD', 'CHILD_IN_LAW', 'GRANDCHILD',
                          'PARENT', 'GRANDPARENT', 'SIBLING', 'OTHER')),
    valid_from   date      not null,
    valid_to     date,
    -- RELATION: the same person in the same household from that date with another relation (a new head).
    joined_by    text      not null check (joined_by in ('FOUNDED', 'BORN', 'MOVED_IN', 'SPLIT', 'IMPORTED', 'ENTERED',
                          'RELATION')),
    left_by      text      check (left_by in ('DIED', 'MOVED_OUT', 'MOVED', 'SPLIT', 'ENDED', 'MERGED', 'RELATION')),
    check (valid_to is null or valid_to > valid_from),
    check ((valid_to is null) = (left_by is null)),
    constraint registry_membership_one_household_at_a_time
        exclude using gist (person_id with =, daterange(valid_from, valid_to, '[)') with &&),
    constraint registry_membership_one_head_at_a_time
        exclude using gist (household_id with =, daterange(valid_from, valid_to, '[)') with &&)
        where (relation = 'HEAD') deferrable initially deferred
);
create index registry_membership_household on registry_membership (household_id, valid_from);
create index registry_membership_person on registry_membership (person_id, valid_from);

-- What happened, for the household page's history: the unit (residential area) of the household on that date is
-- kept with the event.
create table registry_event (
    id                 bigserial   primary key,
    household_id       bigint      references registry_household (id),
    person_id          bigint      references registry_person (id),
    kind               text        not null check (kind in ('REGISTERED', 'MOVED', 'BORN', 'DIED', 'JOINED', 'LEFT',
                                   'SPLIT', 'ENDED', 'HEAD_CHANGED', 'UPDATED', 'IMPORTED', 'MERGED')),
    occurred_on        date        not null,
    area_code          text,
    other_household_id bigint      references registry_household (id),
    note               text,
    recorded_by        text        not null default 'system',
    recorded_at        timestamptz not null default now()
);
create index registry_event_household on registry_event (household_id, occurred_on);
create index registry_event_person on registry_event (person_id, occurred_on);

-- Pairs of persons an officer looked at in the list of likely duplicates (same name and date of birth in a commune).
create table registry_duplicate_decision (
    person_a   bigint      not null references registry_person (id),
    person_b   bigint      not null references registry_person (id),
    decision   text        not null check (decision in ('DISMISSED', 'MERGED')),
    decided_by text        not null,
    decided_at timestamptz not null default now(),
    primary key (person_a, person_b),
    check (person_a < person_b)
);

-- Each import run (dry or real): who, which file, what it found.
create table registry_import (
    id                 uuid        primary key,
    file_name          text        not null,
    dry_run            boolean     not null,
    started_by         text        not null,
    started_at         timestamptz not null default now(),
    finished_at        timestamptz,
    status             text        not null check (status in ('RUNNING', 'DONE', 'REJECTED', 'FAILED')),
    households_added   int         not null default 0,
    households_updated int         not null default 0,
    persons_added      int         not null default 0,
    persons_updated    int         not null default 0,
    errors             int         not null default 0
);
create index registry_import_started on registry_import (started_at desc);
