-- The indicator definitions feature modules contribute (shared.stats.IndicatorContribution), as last stored: on
-- start a definition is stored again only when its module changed it, so an officer's later edit stays until then.
-- (They replace migrations of this folder that set other modules' indicators, such as V6_7 and V6_8 did.)
create table indicators_contributed (
    indicator_code text        primary key references indicators_indicator (code) on delete cascade,
    module         text        not null,
    definition     text        not null,
    applied_at     timestamptz not null default now()
);
