-- The plan of a programme (its roadmap and assignments, seed sections V and VI) as a tree of tasks, with the
-- formula its roll-up uses stored beside it, and the progress each task's owner reports.

-- One plan per programme: how a group's progress is computed from its children, as data shown on the page.
create table plan_plan (
    id            bigserial primary key,
    programme_id  bigint not null unique,
    formula       text not null check (formula in ('WEIGHTED_MEAN')),
    source        text
);

create table plan_task (
    id            bigserial primary key,
    programme_id  bigint not null,
    parent_id     bigint references plan_task (id),
    position      int not null,
    number        text not null,
    title         text not null,
    -- a code of territory's bodies; null for a group that gathers several bodies' tasks (VI.1 "UBND Thị xã")
    lead_body     text,
    -- one of the programme's five contents; null when the task serves them all
    content_area  int check (content_area between 1 and 5),
    due_on        date check (due_on between date '1900-01-01' and date '2100-12-31'),
    recurrence    text not null default 'NONE' check (recurrence in ('NONE', 'YEARLY', 'HALF_YEARLY')),
    year_from     int not null check (year_from between 1990 and 2100),
    year_to       int not null check (year_to between 1990 and 2100 and year_to >= year_from),
    weight        int not null default 1 check (weight between 1 and 100),
    unique (programme_id, number)
);
create index plan_task_parent on plan_task (parent_id);
create index plan_task_programme on plan_task (programme_id, position);

create table plan_task_body (
    task_id    bigint not null references plan_task (id) on delete cascade,
    body_code  text not null,
    primary key (task_id, body_code)
);

create table plan_task_unit (
    task_id    bigint not null references plan_task (id) on delete cascade,
    unit_code  text not null,
    primary key (task_id, unit_code)
);

create table plan_task_target (
    task_id    bigint not null references plan_task (id) on delete cascade,
    target_id  bigint not null,
    primary key (task_id, target_id)
);

-- A report of progress on a task for a period ("2018", "2018-H1"): a percentage, a state, text, evidence.
create table plan_progress (
    id           bigserial primary key,
    task_id      bigint not null references plan_task (id) on delete cascade,
    period       text not null,
    percent      int not null check (percent between 0 and 100),
    state        text not null check (state in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED')),
    note         text not null default '',
    reported_on  date not null,
    reported_by  text not null,
    recorded_at  timestamptz not null default now()
);
create index plan_progress_task on plan_progress (task_id, recorded_at);

-- Evidence of a report: a file (bounded in size by the application) or a link to a record.
create table plan_evidence (
    id            bigserial primary key,
    progress_id   bigint not null references plan_progress (id) on delete cascade,
    kind          text not null check (kind in ('FILE', 'LINK')),
    name          text not null,
    content_type  text,
    size_bytes    int,
    content       bytea,
    url           text
);
create index plan_evidence_progress on plan_evidence (progress_id);
