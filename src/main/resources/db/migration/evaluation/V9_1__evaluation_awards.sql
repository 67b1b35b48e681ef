-- The awards register (sổ khen thưởng): each award with its form, issuer, decision, achievement, period and
-- recipient. "One achievement, one award" (Luật Thi đua, khen thưởng 2022): the same recipient's same achievement
-- for the same period is recorded once; the unique index holds it against a race.
create table evaluation_award (
    id               bigserial primary key,
    form             text not null check (form in ('GIAY_KHEN', 'BANG_KHEN', 'CO_THI_DUA', 'DANH_HIEU')),
    issuer_unit      text not null,
    decision_number  text not null,
    decision_date    date not null check (decision_date between date '1900-01-01' and date '2100-12-31'),
    achievement      text not null,
    achievement_key  text not null,
    period           text not null,
    recipient_kind   text not null check (recipient_kind in ('PERSON', 'COLLECTIVE', 'HOUSEHOLD', 'ORGANISATION')),
    recipient_id     text,
    recipient_name   text,
    recipient_key    text not null,
    recorded_by      text not null,
    recorded_at      timestamptz not null default now()
);
create unique index evaluation_award_one_per_achievement
    on evaluation_award (recipient_key, achievement_key, period);
create index evaluation_award_issuer on evaluation_award (issuer_unit, decision_date);
