-- Where an award was decided: a review (sơ kết, tổng kết) or a Great Unity Day, as the owning module's record kind
-- and id (kept as data: the register does not read the other module's tables).
alter table evaluation_award add column occasion_kind text check (occasion_kind is null or length(occasion_kind) <= 40);
alter table evaluation_award add column occasion_id bigint;
alter table evaluation_award add constraint evaluation_award_occasion_whole
    check ((occasion_kind is null) = (occasion_id is null));
create index evaluation_award_occasion on evaluation_award (occasion_kind, occasion_id) where occasion_kind is not null;
create index evaluation_award_recipient on evaluation_award (recipient_kind, recipient_id) where recipient_id is not null;
