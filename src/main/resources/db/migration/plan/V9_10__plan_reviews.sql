-- Checks and reviews of a programme (seed IV.3 and V): the Front's 6-monthly and yearly inspections of units, with
-- their findings and follow-up tasks (owner, deadline, closure); and the reviews (sơ kết 2 năm, 3 năm, tổng kết) as
-- events with their report. Awards decided at a review are in the awards register under ('PLAN_REVIEW', id).
create table plan_inspection (
    id              bigserial primary key,
    programme_id    bigint not null,
    -- the unit whose Front inspects (the programme's unit): who may view and record is checked on it
    organiser_unit  text not null,
    period          text not null,
    team            text not null,
    held_on         date not null check (held_on between date '1990-01-01' and date '2100-12-31'),
    findings        text not null default '',
    recorded_by     text not null
);
create index plan_inspection_programme on plan_inspection (programme_id, held_on);

create table plan_inspection_unit (
    inspection_id  bigint not null references plan_inspection (id) on delete cascade,
    unit_code      text not null,
    primary key (inspection_id, unit_code)
);

create table plan_followup (
    id             bigserial primary key,
    inspection_id  bigint not null references plan_inspection (id) on delete cascade,
    title          text not null,
    owner          text not null,
    due_on         date not null check (due_on between date '1990-01-01' and date '2100-12-31'),
    closed_on      date check (closed_on between date '1990-01-01' and date '2100-12-31'),
    closing_note   text not null default ''
);
create index plan_followup_inspection on plan_followup (inspection_id);

create table plan_review (
    id            bigserial primary key,
    programme_id  bigint not null,
    kind          text not null check (kind in ('TWO_YEAR', 'THREE_YEAR', 'FINAL')),
    period        text not null,
    held_on       date not null check (held_on between date '1990-01-01' and date '2100-12-31'),
    title         text not null,
    report_text   text not null default '',
    report_name   text,
    report_type   text,
    report_bytes  bytea,
    recorded_by   text not null,
    unique (programme_id, kind)
);
