-- Step 2 in bulk: last year's form B carried over as a draft for a household of a round. A draft is not a survey:
-- nothing counts it (the survey of the year is poverty_survey) until the officer confirms it, which saves the survey
-- and removes the draft. unasked = the indicators of the round's standard that the earlier form did not ask.
create table poverty_survey_draft (
    round_id       bigint not null references poverty_round (id),
    household_code varchar(40) not null,
    from_year      int not null,
    monthly_income bigint check (monthly_income >= 0),
    deprivations   int not null default 0,
    score_a        int,
    score_b        int,
    unasked        varchar(1000) not null default '',
    created_by     varchar(100) not null,
    created_at     timestamptz not null default now(),
    primary key (round_id, household_code)
);
