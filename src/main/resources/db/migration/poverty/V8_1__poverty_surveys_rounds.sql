-- Review rounds (rà soát) per commune and year, following the six steps of QĐ 24/2021/QĐ-TTg.
create table poverty_round (
    id            bigserial primary key,
    commune_code  varchar(20) not null,
    year          int not null,
    kind          varchar(10) not null check (kind in ('PERIODIC', 'ONGOING')),
    standard_code varchar(20) not null references poverty_standard (code),
    posting_days  int not null default 3 check (posting_days between 1 and 30),
    created_by    varchar(100) not null,
    created_at    timestamptz not null default now(),
    posted_from   date,
    decision_number varchar(100),
    decided_on    date
);
create index poverty_round_commune on poverty_round (commune_code, year);

-- Who finished which step and when; a step can only be finished after the one before it.
create table poverty_round_step (
    round_id  bigint not null references poverty_round (id),
    step      int not null check (step between 1 and 6),
    done_by   varchar(100) not null,
    done_at   timestamptz not null default now(),
    note      varchar(2000),
    attendees int,
    agreed    int,
    primary key (round_id, step)
);

-- Step 1: the households on the round's list and why (current poor, current near-poor, applied).
create table poverty_round_household (
    round_id       bigint not null references poverty_round (id),
    household_code varchar(40) not null,
    reason         varchar(20) not null,
    primary key (round_id, household_code)
);

-- Step 4: objections raised during public posting, and their answers.
create table poverty_objection (
    id             bigserial primary key,
    round_id       bigint not null references poverty_round (id),
    household_code varchar(40),
    raised_by      varchar(200) not null,
    content        varchar(2000) not null,
    raised_at      timestamptz not null default now(),
    answer         varchar(2000),
    answered_by    varchar(100),
    answered_at    timestamptz
);

-- The survey answers per household and year in compact form: income per person per month and a bitmask of the
-- deprived indicators (bits of poverty_indicator), or the scores of form B. year = the year of the review.
create table poverty_survey (
    household_code  varchar(40) not null,
    year            int not null,
    commune_code    varchar(20) not null,
    area_code       varchar(20) not null,
    setting         varchar(5) not null check (setting in ('RURAL', 'URBAN')),
    monthly_income  bigint check (monthly_income >= 0),
    deprivations    int not null default 0,
    score_a         int,
    score_b         int,
    surveyed_on     date not null,
    surveyed_by     varchar(100) not null,
    round_id        bigint references poverty_round (id),
    primary key (household_code, year)
);
create index poverty_survey_year on poverty_survey (year);
create index poverty_survey_round on poverty_survey (round_id);

-- The class of each household in a year's list under the standard used. decided_on is the commune chair's decision
-- (null while the round is open); an override by an officer keeps the computed result beside it.
create table poverty_classification (
    household_code    varchar(40) not null,
    year              int not null,
    commune_code      varchar(20) not null,
    area_code         varchar(20) not null,
    setting           varchar(5) not null,
    standard_code     varchar(20) not null references poverty_standard (code),
    result            varchar(10) not null check (result in ('POOR', 'NEAR_POOR', 'NOT_POOR')),
    deprivation_count int not null,
    decided_on        date,
    round_id          bigint references poverty_round (id),
    override_result   varchar(10) check (override_result in ('POOR', 'NEAR_POOR', 'NOT_POOR')),
    override_reason   varchar(1000),
    overridden_by     varchar(100),
    overridden_at     timestamptz,
    primary key (household_code, year)
);
create index poverty_classification_list on poverty_classification (commune_code, year, decided_on);
create index poverty_classification_year on poverty_classification (year, area_code);

-- Results of a reclassification under another standard (what-if at scale); the decided lists stay untouched.
create table poverty_reclassification (
    year           int not null,
    standard_code  varchar(20) not null,
    household_code varchar(40) not null,
    result         varchar(10) not null
);
create index poverty_reclassification_run on poverty_reclassification (year, standard_code);

-- Supporting organisations of poor households and what they gave.
create table poverty_support (
    id                bigserial primary key,
    household_code    varchar(40) not null,
    organisation_code varchar(40) not null,
    organisation_name varchar(300) not null,
    assigned_on       date not null,
    assigned_by       varchar(100) not null
);
create index poverty_support_household on poverty_support (household_code);

create table poverty_support_record (
    id             bigserial primary key,
    support_id     bigint not null references poverty_support (id),
    given_on       date not null,
    what           varchar(500) not null,
    value          bigint not null check (value >= 0),
    recorded_by    varchar(100) not null
);

-- Which year's list is decided for each residential area, and from when: the list in force in an area on a date is
-- the latest one decided on or before it (areas keep their codes when communes merge, so a list of the new ward
-- replaces the lists of the old wards area by area).
create table poverty_list_area (
    area_code    varchar(20) not null,
    year         int not null,
    commune_code varchar(20) not null,
    decided_on   date not null,
    round_id     bigint references poverty_round (id),
    primary key (area_code, year)
);
