-- Recognition (danh hiệu): regimes, titles, criteria sets with their procedure parameters, the yearly rounds of the
-- residential areas (registration, scoring, meeting and vote, posting, dossier), decisions and the awards they
-- publish, exclusions and Giấy khen. Units are territory codes, households registry codes. Every rule row cites its
-- legal basis; values the research could not confirm carry a note and stay editable data.

-- A legal regime: the document that governs titles for a span of time.
create table recognition_regime (
    code        text primary key,
    name        text not null,
    legal_basis text not null,
    valid_from  date not null,
    valid_to    date,               -- exclusive; null while in force
    note        text
);

-- A title kind. subject: what is recognised; metric_code: the count published for the indicators;
-- years_valid: how many years one award counts (1 = the year only, null = until revoked).
create table recognition_title (
    code         text primary key check (code ~ '^[A-Z_]+$'),
    name         text not null,
    subject      text not null check (subject in ('HOUSEHOLD', 'PERSON', 'RESIDENTIAL_AREA', 'COMMUNE', 'WARD',
                                                  'AGENCY', 'ENTERPRISE', 'PUBLIC_PLACE', 'STREET')),
    metric_code  text,
    years_valid  int check (years_valid is null or years_valid > 0),
    sort         int  not null,
    legal_basis  text not null,
    note         text
);

-- Who decides a title from a date (the district level's tasks pass to the commune level from 1/7/2025).
create table recognition_decider (
    title_code  text not null references recognition_title (code),
    valid_from  date not null,
    level       text not null check (level in ('COMMUNE', 'DISTRICT', 'PROVINCE', 'FEDERATION')),
    name        text not null,
    legal_basis text not null,
    note        text,
    primary key (title_code, valid_from)
);

-- A criteria set of a title under a regime, national (province_code null) or adapted by a province, with the
-- procedure parameters of that regime. Percentages are shares of invitees (quorum) and of attendees (approval).
create table recognition_criteria_set (
    id                  bigserial primary key,
    title_code          text not null references recognition_title (code),
    regime_code         text not null references recognition_regime (code),
    province_code       text,
    name                text not null check (btrim(name) <> ''),
    legal_basis         text not null,
    valid_from          date not null,
    valid_to            date,       -- exclusive
    quorum_percent      numeric(5, 2) check (quorum_percent between 0 and 100),
    approval_percent    numeric(5, 2) check (approval_percent between 0 and 100),
    posting_days        int check (posting_days >= 0),
    dossier_days        int check (dossier_days >= 0),
    decide_days         int check (decide_days >= 0),
    evaluation_deadline text check (evaluation_deadline ~ '^[0-9]{2}/[0-9]{2}$'),   -- dd/MM, the round ends before it
    decider             text not null,
    commendation_years  int check (commendation_years > 0),   -- consecutive years for a Giấy khen
    first_after_years   int check (first_after_years >= 0),   -- years from registration to a first recognition
    renewal_years       int check (renewal_years > 0),
    procedure_basis     text not null,
    note                text,
    copied_from         bigint references recognition_criteria_set (id),
    updated_at          timestamptz not null default now()
);

-- A criterion, or (exclusion = true) a fact that makes a subject ineligible.
create table recognition_criterion (
    id          bigserial primary key,
    set_id      bigint not null references recognition_criteria_set (id) on delete cascade,
    position    int    not null,
    code        text   not null,
    text        text   not null check (btrim(text) <> ''),
    exclusion   boolean not null default false,
    legal_basis text,
    unique (set_id, exclusion, position)
);

-- The yearly round of a residential area for the cultural-family title.
create table recognition_round (
    id            bigserial primary key,
    area_code     text   not null,
    year          int    not null check (year between 1990 and 2100),
    set_id        bigint not null references recognition_criteria_set (id),
    meeting_on    date,
    invitees      int check (invitees > 0),
    attendees     int check (attendees >= 0),
    meeting_note  text,
    posted_from   date,
    posted_to     date,
    objections    text,
    sent_on       date,
    created_by    text not null,
    created_at    timestamptz not null default now(),
    version       int not null default 0,
    unique (area_code, year),
    check (attendees is null or invitees is null or attendees <= invitees)
);

-- A household in a round: registration, scoring (criteria met), vote.
create table recognition_entry (
    round_id      bigint not null references recognition_round (id) on delete cascade,
    household_code text  not null,
    head_name     text,
    registered_on date,
    scored        boolean not null default false,
    criteria_met  bigint[] not null default '{}',
    agree         int check (agree >= 0),
    objection     text,
    primary key (round_id, household_code)
);

-- A fact that excludes a household from the year's title (member prosecuted, fined for domestic violence…).
create table recognition_exclusion (
    id             bigserial primary key,
    household_code text   not null,
    year           int    not null,
    criterion_id   bigint references recognition_criterion (id),
    reason         text   not null check (btrim(reason) <> ''),
    recorded_by    text   not null,
    recorded_at    timestamptz not null default now()
);
create index recognition_exclusion_household on recognition_exclusion (household_code, year);

-- A decision recognising subjects for a year.
create table recognition_decision (
    id          bigserial primary key,
    title_code  text not null references recognition_title (code),
    year        int  not null check (year between 1990 and 2100),
    unit_code   text not null,      -- the unit whose authority decides (commune, district…)
    number      text not null check (btrim(number) <> ''),
    signed_on   date not null,
    signer      text not null check (btrim(signer) <> ''),
    authority   text not null,
    created_by  text not null,
    created_at  timestamptz not null default now(),
    unique (unit_code, number, signed_on)
);

-- One recognised subject of a decision: the fact the indicators count, at counted_unit.
create table recognition_award (
    id            bigserial primary key,
    decision_id   bigint not null references recognition_decision (id) on delete cascade,
    title_code    text not null references recognition_title (code),
    year          int  not null,
    subject_code  text not null,
    subject_name  text,
    counted_unit  text not null,
    signed_on     date not null,
    unique (title_code, year, subject_code)
);
create index recognition_award_count on recognition_award (title_code, year, counted_unit);
create index recognition_award_subject on recognition_award (subject_code, title_code);

-- A Giấy khen for consecutive years of a title (windows of one subject never overlap).
create table recognition_commendation (
    id           bigserial primary key,
    title_code   text not null references recognition_title (code),
    subject_code text not null,
    first_year   int  not null,
    last_year    int  not null check (last_year >= first_year),
    number       text not null,
    signed_on    date not null,
    created_by   text not null,
    created_at   timestamptz not null default now()
);
create index recognition_commendation_subject on recognition_commendation (subject_code, title_code);

-- When an organisation registered for a title (the first recognition comes at least N years later).
create table recognition_registration (
    title_code    text not null references recognition_title (code),
    subject_code  text not null,
    registered_on date not null,
    primary key (title_code, subject_code)
);
