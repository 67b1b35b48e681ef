-- Extensions the modules rely on: accent folding and trigram similarity for Vietnamese search.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

create table shared_audit_entry (
    id          bigserial primary key,
    at          timestamptz not null default now(),
    actor       text        not null,
    action      text        not null,
    entity_type text        not null,
    entity_id   text,
    summary     text,
    old_value   jsonb,
    new_value   jsonb
);
create index shared_audit_entry_at on shared_audit_entry (at desc);
create index shared_audit_entry_actor on shared_audit_entry (actor, id desc);
create index shared_audit_entry_entity on shared_audit_entry (entity_type, entity_id);
