-- Joint documents (văn bản liên tịch): what a People's Committee and the Front committee of the same unit sign
-- together, such as the programme itself (1995/CTrPH-UBND-UB.MTTQ) or a joint plan. Each carries both bodies and
-- both signers; each signer's approval (who, when) is recorded, and once both approved the document is final and
-- frozen: the database refuses any change to a final document or its approvals.

create table plan_joint_document (
    id               bigserial primary key,
    programme_id     bigint,
    kind             text not null check (kind in ('PROGRAMME', 'PLAN', 'OTHER')),
    number           text not null,
    title            text not null,
    unit_code        text not null,
    dated_on         date not null check (dated_on between date '1900-01-01' and date '2100-12-31'),
    government_name  text not null,
    government_signer text not null,
    front_body       text not null,
    front_signer     text not null,
    state            text not null default 'DRAFT' check (state in ('DRAFT', 'FINAL')),
    final_on         date,
    created_by       text not null,
    check ((state = 'FINAL') = (final_on is not null))
);
create index plan_joint_document_unit on plan_joint_document (unit_code);

create table plan_joint_approval (
    document_id  bigint not null references plan_joint_document (id),
    side         text not null check (side in ('GOVERNMENT', 'FRONT')),
    signer       text not null,
    approved_by  text not null,
    approved_at  timestamptz not null,
    primary key (document_id, side)
);

create function plan_joint_frozen() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'plan_joint_document' then
        if old.state = 'FINAL' then
            raise exception 'joint document % is final and cannot change', old.id;
        end if;
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    if exists (select 1 from plan_joint_document d where d.id = old.document_id and d.state = 'FINAL') then
        raise exception 'the approvals of final joint document % cannot change', old.document_id;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger plan_joint_document_frozen before update or delete on plan_joint_document
    for each row execute function plan_joint_frozen();
create trigger plan_joint_approval_frozen before update or delete on plan_joint_approval
    for each row execute function plan_joint_frozen();
