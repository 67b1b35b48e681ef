-- The yearly round of a residential-area title ("Thôn, tổ dân phố văn hóa", "Khu phố đạt tiêu chí văn minh đô
-- thị"): the area's self-assessment against the criteria set in force (the head's Báo cáo thành tích, NĐ 86/2023/NĐ-CP),
-- the review by the area's Ban Công tác Mặt trận (or the commune's Front), the commune's proposal (Hội đồng Thi đua –
-- Khen thưởng cấp xã selects the areas; the list is posted for the set's posting days) and then the decision, which
-- is an ordinary recognition_decision with one recognition_award per area.
create table recognition_area_round (
    id             bigserial primary key,
    area_code      text   not null,
    title_code     text   not null references recognition_title (code),
    year           int    not null check (year between 1990 and 2100),
    set_id         bigint not null references recognition_criteria_set (id),
    report         text,            -- the head's report of achievements (Báo cáo thành tích), in short
    submitted_on   date,            -- sent to the Front for review
    submitted_by   text,
    reviewed_on    date,
    reviewed_by    text,
    review_agrees  boolean,         -- false: returned to the head with the note
    review_note    text,
    proposed_on    date,            -- the commune's selection (Tờ trình)
    proposed_by    text,
    proposal_unit  text,            -- the commune that proposed, on the listing date
    posted_from    date,
    posted_to      date,
    proposal_note  text,
    created_by     text   not null,
    created_at     timestamptz not null default now(),
    version        int    not null default 0,
    unique (area_code, title_code, year),
    check (posted_to is null or posted_from is null or posted_to >= posted_from)
);
create index recognition_area_round_year on recognition_area_round (title_code, year);

-- One criterion of the set as the area assessed it, with the evidence it cites.
create table recognition_area_assessment (
    round_id      bigint not null references recognition_area_round (id) on delete cascade,
    criterion_id  bigint not null references recognition_criterion (id),
    met           boolean not null,
    evidence      text,
    primary key (round_id, criterion_id)
);
