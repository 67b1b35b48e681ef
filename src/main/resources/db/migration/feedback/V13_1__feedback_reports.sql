-- A citizen's report and what happened to it. public_no is shown on the public pages; tracking_code is the
-- reporter's secret (confirm, reopen, rate), never shown to anyone else. The reporter's name and phone are kept
-- for the handlers (for an anonymous report, for the Front's supervision alone) and never published.
create table feedback_report (
    id             bigserial primary key,
    public_no      text not null unique,
    tracking_code  text not null unique,
    category_code  text not null references feedback_category (code),
    commune_code   text not null,
    area_code      text,
    address        text,
    lat            numeric(9, 6) check (lat between -90 and 90),
    lon            numeric(9, 6) check (lon between -180 and 180),
    description    text not null check (length(description) between 1 and 4000),
    reporter_name  text,
    reporter_phone text,
    anonymous      boolean not null,
    status         text not null check (status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'ANSWERED', 'RESOLVED',
                        'DUPLICATE', 'FORWARDED', 'REJECTED', 'REOPENED')),
    body_code      text,
    received_at    timestamptz not null,
    received_on    date not null,
    due_on         date not null,
    extended_due_on date,
    extension_days int not null default 0,
    -- the date the body now works to: the legal deadline, moved by extensions, or counted again from a reopening
    current_due_on date not null,
    answered_on    date,
    answer         text,
    closed_on      date,
    duplicate_of   bigint references feedback_report (id),
    rating         int check (rating between 1 and 5),
    accepted       boolean,
    reopen_count   int not null default 0,
    source         text not null default 'PORTAL',
    -- accent-free words of the number, description and address, for the officers' search
    search_key     text not null default ''
);
create index feedback_report_commune on feedback_report (commune_code, received_on);
create index feedback_report_body on feedback_report (body_code, status);
create index feedback_report_status on feedback_report (status, received_on);

-- Photos as re-encoded (metadata stripped, bounded size).
create table feedback_photo (
    id         bigserial primary key,
    report_id  bigint not null references feedback_report (id) on delete cascade,
    position   int not null,
    bytes      bytea not null,
    width      int not null,
    height     int not null
);
create index feedback_photo_report on feedback_photo (report_id);

-- The history of a report: every change of status, body or deadline, with its reason. public = shown on the
-- public page (answers and status changes; never internal notes).
create table feedback_event (
    id          bigserial primary key,
    report_id   bigint not null references feedback_report (id) on delete cascade,
    at          timestamptz not null,
    on_date     date not null,
    actor       text,
    kind        text not null,
    status_to   text,
    body_from   text,
    body_to     text,
    days        int,
    note        text,
    public      boolean not null
);
create index feedback_event_report on feedback_event (report_id, at);
