-- Criteria sets are owned: a national set (province_code null) and a confirmed set are read-only to all but the
-- administrator; a province's Culture department copies a set and changes its copy. Every change of a set is kept
-- with the values it replaced, so that the last change can be undone ("Hoàn tác").
alter table recognition_criteria_set add column confirmed boolean not null default false;

create table recognition_criteria_change (
    id               bigserial primary key,
    set_id           bigint not null references recognition_criteria_set (id) on delete cascade,
    kind             text   not null check (kind in ('PARAMETERS', 'ADD_CRITERION', 'REMOVE_CRITERION')),
    -- PARAMETERS: the values replaced
    quorum_percent   numeric(5, 2),
    approval_percent numeric(5, 2),
    posting_days     int,
    decide_days      int,
    note             text,
    -- ADD_CRITERION: the criterion added; REMOVE_CRITERION: the row removed
    criterion_id     bigint,
    position         int,
    code             text,
    text             text,
    exclusion        boolean,
    legal_basis      text,
    changed_by       text   not null,
    changed_at       timestamptz not null default now(),
    undone_by        text,
    undone_at        timestamptz
);
create index recognition_criteria_change_set on recognition_criteria_change (set_id, id);
