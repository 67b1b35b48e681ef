-- National view: the aggregate facts a province publishes to the national instance by PostgreSQL logical
-- replication. Figures only (indicator, unit, period, numerator, denominator): never households, persons, CCCD or
-- phones. The key (province code, fact key) cannot collide across provinces. On a province instance the module
-- keeps the table current from the indicators' facts; on the national instance the same table is the target of one
-- subscription per province (scripts/national.sh), and nothing local writes it.
create table national_fact (
    province_code  text        not null check (province_code ~ '^[0-9]{2}$'),
    -- indicator|period|unit: stable for a fact's life, so an update replaces the row on the national side
    fact_key       text        not null check (btrim(fact_key) <> ''),
    indicator_code text        not null,
    indicator_name text        not null,
    period         text        not null check (period ~ '^[0-9]{4}(-H1)?$'),
    unit_code      text        not null,
    unit_name      text        not null,
    numerator      bigint      not null check (numerator >= 0),
    denominator    bigint      not null check (denominator >= 0),
    updated_at     timestamptz not null default now(),
    primary key (province_code, fact_key)
);
create index national_fact_period on national_fact (indicator_code, period, province_code);

-- The publication covers exactly this table, with an explicit column list and no row filter: the province's
-- instance widens the list (ALTER PUBLICATION … SET TABLE) only after it has seen the national side hold the new
-- columns (NationalSchemaGate). The table's owner, the application's role, may create it: no superuser needed
-- (CREATE on the database, which the role owns). Without wal_level=logical PostgreSQL only warns; the setup script
-- runs the servers with it.
create publication chungsuc_national for table national_fact
    (province_code, fact_key, indicator_code, indicator_name, period, unit_code, unit_name, numerator, denominator,
     updated_at);
