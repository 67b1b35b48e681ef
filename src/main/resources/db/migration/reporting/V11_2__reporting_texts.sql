-- The texts an officer writes in a report (achievements, shortcomings and causes, tasks ahead, the sections'
-- assessments, legal bases, recipients), by key; a key without a row keeps the default drafted from the figures.
create table reporting_text (
    document_id bigint not null references reporting_document (id),
    key         text   not null check (length(key) <= 200),
    text        text   not null check (length(text) <= 20000),
    primary key (document_id, key)
);
