-- Campaign memo codes stored (issue 14 item 3): each campaign keeps the short code with check character that its
-- VietQR memo carries and the statement matcher reads (vn.chungsuc.fund.vietqr.CampaignCode), unique per fund. The
-- codes already printed on QR images were CampaignCode.forNumber(id), so existing campaigns get exactly that, and a
-- new campaign gets it on insert (the trigger below) unless one is given. fund_memo_code(n) is CampaignCode.forNumber
-- in SQL: n in base 31 over the alphabet 23456789ABCDEFGHJKMNPQRSTUVWXYZ, padded to four, prefixed VNN, and the
-- check character that makes sum(position * value) of the whole code divisible by 31 (CampaignCodeStoredTest
-- compares the two on thousands of numbers).
create function fund_memo_code(n bigint) returns varchar language plpgsql immutable strict as $$
declare
    alphabet constant text := '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
    body text := '';
    rest bigint := n;
    head text;
    total int := 0;
    weight int;
    need int;
    inverse int := 1;
begin
    if n < 0 or n > 887503680 then
        raise exception 'number out of range for a memo code: %', n;
    end if;
    loop
        body := substr(alphabet, (rest % 31)::int + 1, 1) || body;
        rest := rest / 31;
        exit when rest = 0;
    end loop;
    while length(body) < 4 loop
        body := '2' || body;
    end loop;
    head := 'VNN' || body;
    for i in 1 .. length(head) loop
        total := (total + i * (strpos(alphabet, substr(head, i, 1)) - 1)) % 31;
    end loop;
    weight := length(head) + 1;
    need := (31 - total) % 31;
    for i in 1 .. 29 loop
        inverse := inverse * weight % 31;
    end loop;
    return head || substr(alphabet, need * inverse % 31 + 1, 1);
end
$$;

alter table fund_campaign add column memo_code varchar(12);
update fund_campaign set memo_code = fund_memo_code(id);
alter table fund_campaign alter column memo_code set not null;
alter table fund_campaign add constraint fund_campaign_memo_code_unique unique (fund_id, memo_code);

create function fund_campaign_memo_code() returns trigger language plpgsql as $$
begin
    if new.memo_code is null then
        new.memo_code := fund_memo_code(new.id);
    end if;
    return new;
end
$$;
create trigger fund_campaign_memo_code before insert on fund_campaign
    for each row execute function fund_campaign_memo_code();

-- Bank fees and interest (issue 14 item 6; TT 41/2022/TT-BTC): a statement's debit line for a bank fee and its
-- credit line for interest are marked so in the queue and post to their own ledger accounts (BANK_FEES, INTEREST),
-- not as donations; the line keeps the entry it posted.
alter table fund_statement_line drop constraint fund_statement_line_status_check;
alter table fund_statement_line add constraint fund_statement_line_status_check
    check (status in ('POSTED', 'WAITING', 'NOT_DONATION', 'FEE', 'INTEREST'));
alter table fund_statement_line add column entry_id bigint references fund_entry (id);
