-- Official reports (báo cáo 6 tháng, năm, sơ kết, tổng kết) of a unit and period, from draft to issue. A draft is
-- rendered from the contributed sections each time it is read; an issued document keeps its bytes and their
-- SHA-256 and is never changed again (V11_1's trigger). A correction is a new document naming the one it replaces.
create table reporting_document (
    id              bigserial primary key,
    kind            text        not null check (kind in ('SIX_MONTH', 'YEARLY', 'REVIEW', 'FINAL_REVIEW')),
    unit_code       text        not null,
    period_code     text        not null,
    programme       text,
    issuing_body    text        not null,
    joint           boolean     not null default false,
    doc_type        text        not null default 'BC',
    state           text        not null default 'DRAFT'
                                check (state in ('DRAFT', 'SUBMITTED', 'APPROVED', 'ISSUED')),
    signer_name     text,
    signer_deputy   boolean     not null default false,
    co_signer_name  text,
    number          integer,
    number_text     text,
    issued_on       date,
    replaces_id     bigint references reporting_document (id),
    docx            bytea,
    pdf             bytea,
    xlsx            bytea,
    docx_sha256     text,
    pdf_sha256      text,
    created_by      text        not null,
    created_at      timestamptz not null default now(),
    updated_by      text,
    updated_at      timestamptz,
    submitted_by    text,
    submitted_at    timestamptz,
    approved_by     text,
    approved_at     timestamptz,
    issued_by       text,
    issued_at       timestamptz,
    check ((state = 'ISSUED') = (number is not null and docx is not null and docx_sha256 is not null))
);
create index reporting_document_unit on reporting_document (unit_code, period_code);
create unique index reporting_document_corrected_once on reporting_document (replaces_id) where replaces_id is not null;
