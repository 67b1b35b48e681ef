-- Indicators: what is measured, the values officers enter (with their workflow and history), the facts per unit
-- where records sit, and the figures rolled up the unit tree that the dashboard reads. Units are territory codes.

-- An indicator is a numerator over a denominator. ENTERED: officers enter both for a commune or a residential area
-- and the level above approves. COMPUTED: both are counted from metrics that feature modules publish
-- (shared.stats.StatisticSource); the metric codes of an entered indicator say where it will be counted from once a
-- module publishes them.
create table indicators_indicator (
    code                 text        primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name                 text        not null check (btrim(name) <> ''),
    method               text        not null check (method in ('ENTERED', 'COMPUTED')),
    entry_level          text        not null default 'COMMUNE' check (entry_level in ('COMMUNE', 'RESIDENTIAL_AREA')),
    numerator_label      text        not null,
    denominator_label    text        not null,
    denominator_required boolean     not null default true,
    numerator_metric     text,
    denominator_metric   text,
    -- Where the records behind a computed number are listed; {unit} and {asOf} are replaced.
    records_link         text,
    description          text,
    updated_at           timestamptz not null default now(),
    check (method = 'ENTERED' or numerator_metric is not null)
);

-- One value per indicator, unit and period ("2020" for the year, "2020-H1" for the first six months). The values in
-- force are the approved ones; a correction after approval is a new draft that replaces them only when approved.
create table indicators_entry (
    id                   bigserial   primary key,
    indicator_code       text        not null references indicators_indicator (code),
    unit_code            text        not null,
    period               text        not null check (period ~ '^[0-9]{4}(-H1)?$'),
    status               text        not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    numerator            bigint      not null check (numerator >= 0),
    denominator          bigint      not null check (denominator >= 0),
    note                 text,
    approved_numerator   bigint,
    approved_denominator bigint,
    approved_by          text,
    approved_at          timestamptz,
    submitted_by         text,
    submitted_at         timestamptz,
    updated_by           text        not null,
    updated_at           timestamptz not null default now(),
    version              int         not null default 0,
    unique (indicator_code, unit_code, period)
);
create index indicators_entry_period on indicators_entry (period, indicator_code);
create index indicators_entry_status on indicators_entry (status) where status = 'SUBMITTED';

-- What happened to a value: entered, submitted, approved, returned, commented; never updated or deleted.
create table indicators_entry_event (
    id          bigserial   primary key,
    entry_id    bigint      not null references indicators_entry (id) on delete cascade,
    at          timestamptz not null default now(),
    actor       text        not null,
    action      text        not null check (action in ('ENTER', 'SUBMIT', 'APPROVE', 'RETURN', 'COMMENT')),
    numerator   bigint,
    denominator bigint,
    comment     text
);
create index indicators_entry_event_entry on indicators_entry_event (entry_id, at);

-- Facts: per indicator and period, the numerator and denominator at each unit where records sit (a residential area,
-- a commune), with that unit's setting (RURAL, URBAN…) at the end of the period. Approved values and counts from
-- sources land here; a computed indicator's facts exist for a period once counted (indicators_fact_set).
create table indicators_fact_set (
    indicator_code text        not null references indicators_indicator (code) on delete cascade,
    period         text        not null,
    counted_at     timestamptz not null default now(),
    primary key (indicator_code, period)
);

create table indicators_fact (
    indicator_code text        not null references indicators_indicator (code) on delete cascade,
    period         text        not null,
    unit_code      text        not null,
    setting        text,
    numerator      bigint      not null,
    denominator    bigint      not null,
    updated_at     timestamptz not null default now(),
    primary key (indicator_code, period, unit_code)
);

-- Figures: the facts rolled up the tree of the units of one date (view_date), per population, kept current by
-- applying each change of a fact to the units above it. A set exists for the end of each period as soon as the
-- period has facts, and for other dates once a page asked for them.
create table indicators_figure_set (
    indicator_code text        not null references indicators_indicator (code) on delete cascade,
    period         text        not null,
    view_date      date        not null,
    built_at       timestamptz not null default now(),
    primary key (indicator_code, period, view_date)
);

create table indicators_figure (
    indicator_code text   not null,
    period         text   not null,
    view_date      date   not null,
    population     text   not null check (population in ('WHOLE', 'RURAL', 'URBAN')),
    unit_code      text   not null,
    numerator      bigint not null,
    denominator    bigint not null,
    primary key (indicator_code, period, view_date, population, unit_code),
    foreign key (indicator_code, period, view_date)
        references indicators_figure_set (indicator_code, period, view_date) on delete cascade
);
create index indicators_figure_unit on indicators_figure (view_date, unit_code);
