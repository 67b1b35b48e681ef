-- The Front's evaluation of each residential area (khu dân cư) per half-year and year. No central scale was found
-- (domain §5: "do not hard-code the scale, the weights or the level names"), so the scale is data per province and
-- year with its source, whether it is confirmed, and the dates it is in force; the poll threshold likewise.
create table evaluation_scale (
    id              bigserial primary key,
    province_unit   text not null check (length(province_unit) <= 40),
    year            int not null check (year between 1990 and 2100),
    name            text not null check (length(name) between 1 and 300),
    source          text not null check (length(source) between 1 and 1000),
    confirmed       boolean not null default false,
    poll_threshold  numeric(5, 2) not null check (poll_threshold between 0 and 100),
    poll_source     text not null check (length(poll_source) between 1 and 1000),
    valid_from      date not null check (valid_from between date '1990-01-01' and date '2100-12-31'),
    valid_to        date check (valid_to is null or (valid_to > valid_from and valid_to <= date '2101-01-01')),
    updated_by      text not null,
    updated_at      timestamptz not null default now(),
    unique (province_unit, year)
);

-- The levels, highest first: an area reaches the first level whose minimum its total score (0–100) reaches.
create table evaluation_scale_level (
    scale_id   bigint not null references evaluation_scale (id) on delete cascade,
    position   int not null check (position between 1 and 10),
    name       text not null check (length(name) between 1 and 100),
    min_score  numeric(5, 2) not null check (min_score between 0 and 100),
    primary key (scale_id, position)
);

-- The five contents of the campaign (seed II.1–II.5) with their weights in the total.
create table evaluation_scale_content (
    scale_id  bigint not null references evaluation_scale (id) on delete cascade,
    number    int not null check (number between 1 and 10),
    name      text not null check (length(name) between 1 and 500),
    weight    numeric(5, 2) not null check (weight between 0 and 100),
    primary key (scale_id, number)
);

create table evaluation_scale_criterion (
    id              bigserial primary key,
    scale_id        bigint not null,
    content_number  int not null,
    position        int not null check (position between 1 and 50),
    text            text not null check (length(text) between 1 and 1000),
    max_points      numeric(6, 2) not null check (max_points > 0 and max_points <= 1000),
    foreign key (scale_id, content_number) references evaluation_scale_content (scale_id, number) on delete cascade,
    unique (scale_id, content_number, position)
);

-- One evaluation per residential area and period ("2019-H1" or "2019"): the Ban Công tác Mặt trận's
-- self-assessment, then the commune Front's review (agree, or adjust the points with a note) giving the final level.
-- commune_unit is the area's commune on the period's last day (the tree of that date: merged wards included).
create table evaluation_assessment (
    id            bigserial primary key,
    area_unit     text not null check (length(area_unit) <= 40),
    commune_unit  text not null check (length(commune_unit) <= 40),
    period        text not null check (period ~ '^[0-9]{4}(-H1)?$'),
    period_end    date not null,
    scale_id      bigint not null references evaluation_scale (id),
    state         text not null check (state in ('SUBMITTED', 'REVIEWED')),
    evidence      text check (length(evidence) <= 4000),
    self_score    numeric(5, 2) not null,
    self_level    text not null,
    submitted_by  text not null,
    submitted_on  date not null,
    review        text check (review in ('AGREE', 'ADJUST')),
    review_note   text check (length(review_note) <= 4000),
    final_score   numeric(5, 2),
    final_level   text,
    final_position int,
    reviewed_by   text,
    reviewed_on   date,
    unique (area_unit, period),
    check ((state = 'REVIEWED') = (review is not null and final_level is not null and reviewed_on is not null))
);
create index evaluation_assessment_commune on evaluation_assessment (commune_unit, period);

create table evaluation_assessment_score (
    assessment_id  bigint not null references evaluation_assessment (id) on delete cascade,
    criterion_id   bigint not null references evaluation_scale_criterion (id),
    self_points    numeric(6, 2) not null check (self_points >= 0),
    final_points   numeric(6, 2) check (final_points >= 0),
    primary key (assessment_id, criterion_id)
);

-- Satisfaction polls (HD 91/HD-MTTW-BTT 2022: the Front polls residents independently): sample and satisfied; the
-- percentage is computed, the threshold is the scale's.
create table evaluation_poll (
    id            bigserial primary key,
    area_unit     text not null check (length(area_unit) <= 40),
    commune_unit  text not null check (length(commune_unit) <= 40),
    period        text not null check (period ~ '^[0-9]{4}(-H1)?$'),
    period_end    date not null,
    held_on       date not null check (held_on between date '1990-01-01' and date '2100-12-31'),
    sample_size   int not null check (sample_size between 1 and 1000000),
    satisfied     int not null check (satisfied >= 0 and satisfied <= sample_size),
    note          text check (length(note) <= 2000),
    recorded_by   text not null,
    unique (area_unit, period)
);
create index evaluation_poll_commune on evaluation_poll (commune_unit, period);
