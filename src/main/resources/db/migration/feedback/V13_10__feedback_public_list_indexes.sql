-- The public list's filters, each read in the list's order (newest first, then by id) straight from an index, so a
-- page by keyset (?after= / ?before=, Reports.publicPage) costs the same on the first page and the ten-thousandth,
-- whatever the table's size: by category, by commune (?unit=), and the reports still awaiting an answer (status
-- "open"). The status filter alone uses feedback_report_status_received (V13_8).
create index feedback_report_category_received on feedback_report (category_code, received_at desc, id desc);
create index feedback_report_commune_received on feedback_report (commune_code, received_at desc, id desc);
create index feedback_report_open_received on feedback_report (received_at desc, id desc)
    where status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED');
