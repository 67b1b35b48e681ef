-- bench/feedback/run.sh with SEED=N: N synthetic reports (psql -v n=N) over the last two years, on the communes,
-- areas and bodies the demo's own reports use, each with its history (received, routed, half of them answered),
-- so that the public list's deep pages, its filters, the map and the Open311 list are measured at scale. Benchmark
-- data only: never loaded by the demo. Identity columns stay empty (anonymous), as a third of real reports are.
\set ON_ERROR_STOP on
create temp table seed_place as
  select commune_code, area_code, body_code, row_number() over () - 1 as k
  from (select distinct commune_code, area_code, body_code from feedback_report where body_code is not null) p;
create temp table seed_cat as
  select code, deadline_days, row_number() over (order by position) - 1 as k
  from feedback_category where active and deadline_days is not null;
insert into feedback_report (public_no, tracking_code, category_code, commune_code, area_code, address, lat, lon,
    description, anonymous, status, body_code, received_at, received_on, due_on, current_due_on, answered_on,
    answer, closed_on, source, search_key)
select 'SEED-' || g, 'SEED-' || g, c.code, p.commune_code, p.area_code, 'Số ' || (g % 300) || ' đường thử',
       case when g % 3 = 0 then null else round((20.06 + (g % 97) * 0.0009)::numeric, 6) end,
       case when g % 3 = 0 then null else round((105.84 + (g % 89) * 0.0011)::numeric, 6) end,
       'Phản ánh thử số ' || g || ': rác thải để lâu ngày chưa được thu gom.', true,
       (array['RECEIVED','ASSIGNED','IN_PROGRESS','ANSWERED','RESOLVED','RESOLVED','REJECTED','REOPENED'])[1 + g % 8],
       p.body_code, t, (t at time zone 'Asia/Ho_Chi_Minh')::date, (t at time zone 'Asia/Ho_Chi_Minh')::date + 14,
       (t at time zone 'Asia/Ho_Chi_Minh')::date + 14,
       case when g % 8 in (3, 4, 5, 6) then (t at time zone 'Asia/Ho_Chi_Minh')::date + (g % 20) end,
       case when g % 8 in (3, 4, 5, 6) then 'Đã xử lý theo nội dung phản ánh.' end,
       case when g % 8 in (4, 5, 6) then (t at time zone 'Asia/Ho_Chi_Minh')::date + (g % 20) end,
       'SEED', 'phan anh thu so ' || g
from generate_series(1, :n) g
cross join lateral (select now() - interval '730 days' * (g::float8 / :n) - interval '1 hour' as t) tt
join seed_place p on p.k = g % (select count(*) from seed_place)
join seed_cat c on c.k = (g / 7) % (select count(*) from seed_cat);
update feedback_report set public_no = 'PA' || extract(year from received_on) || '-' || lpad(id::text, 6, '0')
  where source = 'SEED';
insert into feedback_event (report_id, at, on_date, kind, status_to, body_to, public)
  select id, received_at, received_on, 'RECEIVED', 'RECEIVED', null, true from feedback_report where source = 'SEED'
  union all
  select id, received_at, received_on, 'ROUTED', 'ASSIGNED', body_code, true from feedback_report where source = 'SEED'
  union all
  select id, received_at + interval '2 days', answered_on, 'ANSWERED', 'ANSWERED', null, true from feedback_report
    where source = 'SEED' and answered_on is not null;
analyze feedback_report;
analyze feedback_event;
select count(*) as reports, count(*) filter (where received_at > now() - interval '90 days') as last_90_days
  from feedback_report;
