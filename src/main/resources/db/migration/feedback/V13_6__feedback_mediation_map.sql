-- Mediation at the grassroots (hòa giải ở cơ sở, Luật Hòa giải ở cơ sở 35/2013/QH13): the cases of each residential
-- area's mediation team (tổ hòa giải) with their outcome. The parties' names are for officers only.
create table feedback_mediation_case (
    id            bigserial primary key,
    commune_code  text not null,
    area_code     text not null,
    received_on   date not null check (received_on between date '2000-01-01' and date '2100-12-31'),
    subject       text not null check (length(btrim(subject)) between 1 and 1000),
    parties       text not null check (length(btrim(parties)) between 1 and 1000),
    mediators     text not null default '',
    outcome       text not null check (outcome in ('SUCCESS', 'FAILED', 'ONGOING')),
    concluded_on  date check (concluded_on is null or concluded_on >= received_on),
    created_by    text not null,
    search_key    text not null default '',
    check ((outcome = 'ONGOING') = (concluded_on is null))
);
create index feedback_mediation_area on feedback_mediation_case (area_code, received_on);
create index feedback_mediation_commune on feedback_mediation_case (commune_code, received_on);

-- Where the map writes a unit's name on its plain background (no tiles needed): an approximate centre per unit.
-- Approximate positions, not survey data.
create table feedback_map_place (
    unit_code  text primary key,
    lat        numeric(9, 6) not null check (lat between -90 and 90),
    lon        numeric(9, 6) not null check (lon between -180 and 180),
    source     text not null
);
