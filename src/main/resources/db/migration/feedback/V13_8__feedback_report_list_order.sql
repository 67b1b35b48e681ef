-- The order of the public list and of the inbox (newest first, then by id): with this index a page is read in
-- that order from the index instead of sorting every report that matches, and a status filter keeps the order.
create index feedback_report_received on feedback_report (received_at desc, id desc);
create index feedback_report_status_received on feedback_report (status, received_at desc, id desc);
