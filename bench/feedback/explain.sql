-- bench/feedback/run.sh with SEED: the plans and timings of the public list's and Open311's queries at scale
-- (EXPLAIN ANALYZE, summary lines only). The cursor is the report 5,000 rows deep, as ?after= points at it.
\set ON_ERROR_STOP on
\pset pager off
select id as deep_id from feedback_report order by received_at desc, id desc offset 5000 limit 1 \gset
select code as cat from feedback_category where active order by position limit 1 \gset
select commune_code as commune from feedback_report group by 1 order by count(*) desc limit 1 \gset
\echo '--- before (h-feedback17): count(*) of every match, then the page at offset 5,000'
explain (analyze, costs off, timing off, summary on) select count(*) from feedback_report;
explain (analyze, costs off, timing off, summary on)
  select * from feedback_report order by received_at desc, id desc limit 25 offset 5000;
\echo '--- after: the count capped at 10,001, then the page after the report 5,000 rows deep (keyset)'
explain (analyze, costs off, timing off, summary on)
  select count(*) from (select 1 from feedback_report limit 10001) capped;
explain (analyze, costs off, summary on)
  select * from feedback_report where (received_at, id) < (select received_at, id from feedback_report where id = :deep_id)
  order by received_at desc, id desc limit 26;
\echo '--- after: the same page filtered by category, by commune (?unit=), by the open statuses'
explain (analyze, costs off, summary on)
  select * from feedback_report where category_code = :'cat'
    and (received_at, id) < (select received_at, id from feedback_report where id = :deep_id)
  order by received_at desc, id desc limit 26;
explain (analyze, costs off, summary on)
  select * from feedback_report where commune_code = :'commune'
    and (received_at, id) < (select received_at, id from feedback_report where id = :deep_id)
  order by received_at desc, id desc limit 26;
explain (analyze, costs off, summary on)
  select * from feedback_report where status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED')
    and (received_at, id) < (select received_at, id from feedback_report where id = :deep_id)
  order by received_at desc, id desc limit 26;
explain (analyze, costs off, timing off, summary on)
  select count(*) from (select 1 from feedback_report where category_code = :'cat' limit 10001) capped;
\echo '--- Open311 GET requests: the last 90 days, newest 1,000, with the last public change and the first photo'
explain (analyze, costs off, timing off, summary on)
  select r.*, (select max(e.at) from feedback_event e where e.report_id = r.id and e.public) as updated_at,
    (select min(p.id) from feedback_photo p where p.report_id = r.id) as photo_id
  from feedback_report r where received_at >= now() - interval '90 days' and received_at < now()
  order by received_at desc, id desc limit 1000;
\echo '--- the map: every report with a position counted per 0.002 degree cell (kept 30 s by the public list)'
explain (analyze, costs off, timing off, summary on)
  select round(lat / 0.002) * 0.002 la, round(lon / 0.002) * 0.002 lo, count(*) n from feedback_report
  where lat is not null and lon is not null group by 1, 2 order by 3 desc limit 2000;
