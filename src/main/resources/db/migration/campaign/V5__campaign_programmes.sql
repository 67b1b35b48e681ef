-- Programmes of the campaign (chương trình phối hợp, kế hoạch) with what the document says: who issued it, its
-- number, date, place, period, legal bases, the five contents, and its targets. Units are referred to by their
-- territory code, never by a foreign key into another module's tables.

create table campaign_programme (
    id          bigserial   primary key,
    number      text        not null check (btrim(number) <> ''),
    kind        text        not null check (btrim(kind) <> ''),
    title       text        not null check (btrim(title) <> ''),
    issued_on   date        not null,
    place       text        not null,
    unit_code   text        not null,
    period_from int         not null check (period_from between 1990 and 2100),
    period_to   int         not null check (period_to between 1990 and 2100),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    check (period_to >= period_from)
);
create index campaign_programme_unit on campaign_programme (unit_code, period_from);

-- The bodies that sign the programme jointly (UBND and UB MTTQ of the town), in the order of the header.
create table campaign_issuing_body (
    programme_id bigint not null references campaign_programme (id) on delete cascade,
    seq          int    not null,
    name         text   not null check (btrim(name) <> ''),
    signatory    text,
    primary key (programme_id, seq)
);

-- "Căn cứ …" and "Thực hiện …" lines of the preamble, in order.
create table campaign_legal_basis (
    programme_id bigint not null references campaign_programme (id) on delete cascade,
    seq          int    not null,
    text         text   not null check (btrim(text) <> ''),
    primary key (programme_id, seq)
);

-- The contents of section II (five in the campaign), numbered as in the document.
create table campaign_content (
    programme_id bigint not null references campaign_programme (id) on delete cascade,
    number       int    not null check (number between 1 and 20),
    title        text   not null check (btrim(title) <> ''),
    primary key (programme_id, number)
);

-- Targets of section III. The label is the document's wording; the goal is structured: a count ("47/48": value 47,
-- out_of 48; "85": no out_of), a share ("75%"; "Trên 80%" is strict) or a ceiling ("còn 1%").
create table campaign_target (
    id             bigserial     primary key,
    programme_id   bigint        not null references campaign_programme (id) on delete cascade,
    code           text          not null check (code ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$'),
    seq            int           not null,
    target_group   text          not null check (target_group in ('NEW_RURAL', 'CIVILISED_URBAN', 'GENERAL')),
    label          text          not null check (btrim(label) <> ''),
    short_label    text          not null check (btrim(short_label) <> ''),
    subject        text          not null,
    population     text          not null check (population in ('RURAL', 'URBAN', 'WHOLE')),
    goal_kind      text          not null check (goal_kind in ('COUNT', 'SHARE', 'CEILING')),
    goal_value     numeric(14,4) not null check (goal_value >= 0),
    goal_out_of    int           check (goal_out_of > 0),
    goal_strict    boolean       not null default false,
    deadline_year  int           not null,
    indicator_code text,
    content_number int,
    legal_basis    text,
    check (goal_kind = 'COUNT' or goal_value <= 100),
    check (goal_kind = 'COUNT' or goal_out_of is null),
    unique (programme_id, code)
);
create index campaign_target_programme on campaign_target (programme_id, seq);

-- A town target allocated down to its communes, a commune's to its residential areas: one goal per unit.
create table campaign_allocation (
    target_id   bigint        not null references campaign_target (id) on delete cascade,
    unit_code   text          not null,
    goal_value  numeric(14,4) not null check (goal_value >= 0),
    goal_out_of int           check (goal_out_of > 0),
    primary key (target_id, unit_code)
);
