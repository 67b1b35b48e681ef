-- Tasks opened from another module's record (a citizen's report, a finding of the Front's supervision) through
-- shared.tasks.FollowUpTasks: where the task comes from, the target it affects, and, once it is done, the value of
-- the target's indicator the work changed, as the one who resolved it recorded it.
create table plan_task_source (
    task_id       bigint primary key references plan_task (id) on delete cascade,
    source        text not null,
    source_link   text,
    target_id     bigint,
    requested_by  text not null,
    requested_on  date not null,
    resolved_on   date,
    resolved_by   text,
    value         numeric(14, 2),
    value_note    text
);
