-- The register of outgoing documents (sổ đăng ký văn bản đi, NĐ 30/2020/NĐ-CP Điều 15): per issuing body, document
-- type and year, numbers start at 01 on 1 January and follow without gaps. The number is taken in the transaction
-- that issues the document (the row stays locked until it commits; a rollback takes no number).
create table reporting_register (
    body_code   text    not null,
    doc_type    text    not null,
    year        integer not null check (year between 1990 and 2100),
    last_number integer not null check (last_number > 0),
    primary key (body_code, doc_type, year)
);

-- An issued document is frozen: its row may no longer change, nor be deleted.
create function reporting_frozen() returns trigger language plpgsql as $$
begin
    if old.state = 'ISSUED' then
        raise exception 'reporting_document % is issued and frozen', old.id;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger reporting_document_frozen before update or delete on reporting_document
    for each row execute function reporting_frozen();
