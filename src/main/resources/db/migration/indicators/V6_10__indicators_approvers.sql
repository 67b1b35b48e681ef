-- Who approves the entered figures of a unit: configuration per unit and date, kept by an administrator. A line
-- holds for the figures of its unit and of every unit under it (a line on the province covers all its communes),
-- for one indicator or (indicator_code null) for all, while the figure's date lies in [valid_from, valid_to). The
-- deepest unit wins, then a line for the indicator over a line for all, then the latest start. Where no line holds,
-- the default applies (indicators.domain.ApproverPolicy): the body at the level above that owns the indicator (the
-- Front unless indicators_owner says otherwise), or, where the commune has no district above it (after 1/7/2025),
-- the chair of the same commune's People's Committee through its office. Bodies are territory's (territory_body
-- codes, no foreign key across modules).
create table indicators_approver (
    id             bigserial   primary key,
    unit_code      text        not null,
    indicator_code text        references indicators_indicator (code) on delete cascade,
    body_code      text        not null,
    valid_from     date        not null,
    valid_to       date,
    basis          text,
    created_by     text        not null,
    created_at     timestamptz not null default now(),
    ended_by       text,
    check (valid_to is null or valid_to > valid_from)
);
create index indicators_approver_unit on indicators_approver (unit_code);

-- The function whose body owns an indicator's figures at the level above (a shared.permission.Function name:
-- CULTURE, SOCIAL_AFFAIRS…). An indicator not listed is the Front's, which follows and aggregates the campaign
-- (seed VI.2).
create table indicators_owner (
    indicator_code text primary key references indicators_indicator (code) on delete cascade,
    function       text not null check (function ~ '^[A-Z_]+$'),
    updated_by     text not null,
    updated_at     timestamptz not null default now()
);
