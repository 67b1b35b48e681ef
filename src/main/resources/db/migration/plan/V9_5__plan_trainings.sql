-- Trainings (1995/CTrPH IV.3, VI.1.6): date, place, organising body, the unit it is held for, audiences (Front
-- officers, member organisations, residential-area heads), attendees (a registry household's member or a typed
-- name) and materials (files typed by content, bounded in size). Counted per year and unit for the indicators.

create table plan_training (
    id              bigserial primary key,
    programme_id    bigint,
    title           text not null,
    held_on         date not null check (held_on between date '1900-01-01' and date '2100-12-31'),
    place           text not null,
    organiser_body  text not null,
    unit_code       text not null,
    search_key      text not null,
    recorded_by     text not null,
    recorded_at     timestamptz not null default now()
);
create index plan_training_unit on plan_training (unit_code, held_on);

create table plan_training_audience (
    training_id  bigint not null references plan_training (id) on delete cascade,
    audience     text not null check (audience in ('FRONT_OFFICERS', 'MEMBER_ORGANISATIONS', 'AREA_HEADS')),
    primary key (training_id, audience)
);

create table plan_training_attendee (
    id              bigserial primary key,
    training_id     bigint not null references plan_training (id) on delete cascade,
    name            text not null,
    -- set when the attendee was taken from the registry: the household and the member's name there
    household_code  text,
    position        text not null default ''
);
create index plan_training_attendee_training on plan_training_attendee (training_id);

create table plan_training_material (
    id            bigserial primary key,
    training_id   bigint not null references plan_training (id) on delete cascade,
    name          text not null,
    content_type  text not null,
    size_bytes    int not null,
    content       bytea not null
);
create index plan_training_material_training on plan_training_material (training_id);
