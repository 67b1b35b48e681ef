-- Completeness of what units must submit per period (shared.duties.ReportingDuties) and the reminders sent for it.

-- The settings of a kind of submission, as data: "hạn nộp đúng hạn (số ngày sau khi kết thúc kỳ)" and "khóa sửa
-- sau (số ngày)", two separate values. The row of kind '*' holds for every kind without a row of its own.
create table plan_duty_setting (
    kind          text primary key,
    timely_days   int not null check (timely_days between 0 and 366),
    lock_days     int not null check (lock_days between 0 and 731),
    source        text not null default '',
    updated_by    text,
    updated_at    timestamptz not null default now()
);
insert into plan_duty_setting (kind, timely_days, lock_days, source) values
    ('*', 15, 60, 'Mặc định của hệ thống, chưa xác nhận: CTrPH 1995/2017 mục VI.2 chỉ nói "định kỳ 6 tháng, một năm '
        || 'báo cáo"; UBMTTQ sửa được');

-- A reminder to a unit's officers that a submission is missing: one line per kind, period and unit; each new
-- reminder (the Front's "Nhắc nộp" or the daily run) moves last_sent_on and adds to times. It is shown while the
-- unit has not submitted.
create table plan_reminder (
    id            bigserial primary key,
    kind          text not null,
    period        text not null,
    unit_code     text not null,
    href          text not null default '',
    first_sent_on date not null,
    last_sent_on  date not null,
    last_sent_by  text not null,
    times         int not null default 1,
    unique (kind, period, unit_code)
);
create index plan_reminder_unit on plan_reminder (unit_code);

-- The daily reminder run: one line per day it ran, so a second run on the same day sends nothing.
create table plan_reminder_run (
    run_on     date primary key,
    sent       int not null,
    ran_at     timestamptz not null default now()
);
