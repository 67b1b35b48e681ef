-- The Great Unity Day (Ngày hội Đại đoàn kết toàn dân tộc, seed IV.4) of a residential area for a year, usually held
-- between 1 and 18 November: its plan, the day, attendance, the year's report read out (text or a file), the houses
-- handed over (typed in for now) and the registrations for next year's titles. Awards given there are in the awards
-- register under the occasion ('UNITY_DAY', id).
create table plan_unity_day (
    id              bigserial primary key,
    area_code       text not null,
    year            int not null check (year between 1990 and 2100),
    plan            text not null default '',
    planned_on      date check (planned_on between date '1990-01-01' and date '2100-12-31'),
    held_on         date check (held_on between date '1990-01-01' and date '2100-12-31'),
    attendance      int check (attendance between 0 and 100000),
    report_text     text not null default '',
    report_name     text,
    report_type     text,
    report_bytes    bytea,
    houses_handed   int not null default 0 check (houses_handed between 0 and 10000),
    next_families   int not null default 0 check (next_families between 0 and 100000),
    next_area       boolean not null default false,
    -- when the year's report was recorded: the day the area's duty counts as submitted
    reported_on     date,
    recorded_by     text not null,
    unique (area_code, year)
);
create index plan_unity_day_year on plan_unity_day (year, area_code);
