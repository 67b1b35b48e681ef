-- The Front's supervision (giám sát của Mặt trận: Luật MTTQ 2015 Điều 25–27; QĐ 217-QĐ/TW ngày 12/12/2013;
-- NQLT 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN on its forms): a plan names the subject, the body supervised
-- (a code of territory's bodies) and the period; its members; the findings and recommendations (kiến nghị), each
-- with the date the body must answer (no law found sets that deadline: it is entered per recommendation); the
-- body's answers and the Front's follow-up.
create table feedback_supervision_plan (
    id            bigserial primary key,
    commune_code  text not null,
    subject       text not null check (length(btrim(subject)) between 1 and 1000),
    body_code     text not null,
    form          text not null check (form in ('DOCUMENTS', 'DELEGATION', 'OPINIONS')),
    period_from   date not null check (period_from between date '2000-01-01' and date '2100-12-31'),
    period_to     date not null check (period_to >= period_from and period_to <= date '2100-12-31'),
    created_by    text not null,
    created_at    timestamptz not null default now(),
    search_key    text not null default ''
);
create index feedback_supervision_plan_commune on feedback_supervision_plan (commune_code, period_from);

create table feedback_supervision_member (
    plan_id   bigint not null references feedback_supervision_plan (id) on delete cascade,
    position  int not null,
    name      text not null check (length(btrim(name)) between 1 and 200),
    role      text not null check (length(btrim(role)) between 1 and 200),
    primary key (plan_id, position)
);

create table feedback_finding (
    id              bigserial primary key,
    plan_id         bigint not null references feedback_supervision_plan (id) on delete cascade,
    found_on        date not null check (found_on between date '2000-01-01' and date '2100-12-31'),
    finding         text not null check (length(btrim(finding)) between 1 and 4000),
    recommendation  text not null check (length(btrim(recommendation)) between 1 and 4000),
    answer_due      date not null check (answer_due >= found_on and answer_due <= date '2100-12-31'),
    closed_on       date,
    created_by      text not null
);
create index feedback_finding_plan on feedback_finding (plan_id);

-- The body's answers (ANSWER) and the Front's follow-up notes (FOLLOW_UP), in order.
create table feedback_finding_note (
    id          bigserial primary key,
    finding_id  bigint not null references feedback_finding (id) on delete cascade,
    kind        text not null check (kind in ('ANSWER', 'FOLLOW_UP')),
    on_date     date not null check (on_date between date '2000-01-01' and date '2100-12-31'),
    text        text not null check (length(btrim(text)) between 1 and 4000),
    actor       text not null,
    at          timestamptz not null default now()
);
create index feedback_finding_note_finding on feedback_finding_note (finding_id, on_date);

-- A report or a finding that became a task of a programme's plan (through shared.tasks.FollowUpTasks: the plan
-- module keeps the task; this module keeps only its id).
create table feedback_followup (
    id           bigserial primary key,
    source_kind  text not null check (source_kind in ('REPORT', 'FINDING')),
    source_id    bigint not null,
    task_id      bigint not null,
    created_on   date not null,
    created_by   text not null,
    unique (source_kind, source_id)
);
