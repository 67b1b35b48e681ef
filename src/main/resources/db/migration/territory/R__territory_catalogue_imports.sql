-- Which catalogue imports were made, and which unit versions an import opened (as opposed to a recorded merger,
-- move, rename or dissolution). Screens use it to say "theo danh mục, từ 01/01/2015" and to warn when the units of a
-- date follow a catalogue older than the 2025 reorganisation.
--
-- Repeatable and idempotent rather than V3_2: Flyway versions are global, so a V3_2 would be out of order on the
-- databases that already ran the other modules' V4..V6 migrations and Flyway would refuse to start them.
create table if not exists territory_catalogue_import (
    id          bigserial   primary key,
    level       smallint    not null check (level between 1 and 3),
    valid_from  date        not null,
    imported_at timestamptz not null default now(),
    total       integer     not null,
    added       integer     not null,
    changed     integer     not null,
    unchanged   integer     not null,
    skipped     integer     not null
);
create index if not exists territory_catalogue_import_valid_from on territory_catalogue_import (valid_from);

alter table territory_unit_version
    add column if not exists catalogue_import_id bigint references territory_catalogue_import (id);
