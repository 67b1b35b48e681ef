-- An import that was running when the application was killed is "Bị gián đoạn" (INTERRUPTED) at the next start-up
-- rather than "Đang chạy" for ever (issue 18, hole 9).
alter table registry_import drop constraint if exists registry_import_status_check;
alter table registry_import add constraint registry_import_status_check
    check (status in ('RUNNING', 'DONE', 'REJECTED', 'FAILED', 'INTERRUPTED'));
