-- Pilot residential areas and good practices (1995/CTrPH IV.3): each commune chooses one residential area to
-- pilot the campaign, with its plan, the checks made on it and a verdict; good practices (mô hình, cách làm hay)
-- with their content area, place, photos and documents, marked for replication, and the replications linking back.

create table plan_pilot (
    id            bigserial primary key,
    programme_id  bigint not null,
    commune_code  text not null,
    area_code     text not null,
    chosen_on     date not null check (chosen_on between date '1900-01-01' and date '2100-12-31'),
    plan          text not null default '',
    verdict       text check (verdict in ('ACHIEVED', 'PARTLY', 'NOT_ACHIEVED')),
    verdict_note  text,
    verdict_on    date check (verdict_on between date '1900-01-01' and date '2100-12-31'),
    verdict_by    text,
    recorded_by   text not null,
    -- one pilot per commune and programme
    unique (programme_id, commune_code)
);

create table plan_pilot_check (
    id           bigserial primary key,
    pilot_id     bigint not null references plan_pilot (id) on delete cascade,
    checked_on   date not null check (checked_on between date '1900-01-01' and date '2100-12-31'),
    checked_by   text not null,
    findings     text not null,
    recorded_by  text not null
);
create index plan_pilot_check_pilot on plan_pilot_check (pilot_id, checked_on);

create table plan_practice (
    id                 bigserial primary key,
    title              text not null,
    content_area       int check (content_area between 1 and 5),
    unit_code          text not null,
    place              text not null default '',
    description        text not null default '',
    started_on         date not null check (started_on between date '1900-01-01' and date '2100-12-31'),
    -- title, place, description and the unit's name folded (no diacritics, lower case), for the search
    search_key         text not null,
    replicate          boolean not null default false,
    replicate_by       text,
    replicate_on       date,
    replicates_id      bigint references plan_practice (id),
    pilot_id           bigint references plan_pilot (id) on delete set null,
    recorded_by        text not null,
    recorded_at        timestamptz not null default now()
);
create index plan_practice_unit on plan_practice (unit_code);
create index plan_practice_replicates on plan_practice (replicates_id);

-- Photos (PNG or JPEG by content, metadata stripped) and documents (PDF, Word, Excel by content), bounded in size.
create table plan_practice_file (
    id            bigserial primary key,
    practice_id   bigint not null references plan_practice (id) on delete cascade,
    kind          text not null check (kind in ('PHOTO', 'DOCUMENT')),
    name          text not null,
    content_type  text not null,
    size_bytes    int not null,
    content       bytea not null
);
create index plan_practice_file_practice on plan_practice_file (practice_id);
