-- Support paid out, end to end: who a category may go to (with the rule's basis, as data), rate lines for any unit
-- (the deepest unit's line applies: commune, then district, then province, then the national line), a proposal
-- for a person in hardship as well as for a household of the poverty register, the board's refusal with its reason,
-- a proposal withdrawn, and who took each step.
alter table fund_support_category
    add column register_only boolean not null default false,
    add column basis text not null default '';
update fund_support_category set register_only = true,
    basis = 'HD 96/HD-MTTW-BTT 2017 (hướng dẫn QĐ 1198/QĐ-MTTW-ĐCT 2016): hỗ trợ nhà ở, sinh kế, học tập, khám chữa '
        || 'bệnh cho hộ nghèo, hộ cận nghèo theo chuẩn nghèo hiện hành; quy định của tỉnh có thể khác (dữ liệu sửa được)'
    where code in ('HOUSE_NEW', 'HOUSE_REPAIR', 'LIVELIHOOD', 'SCHOLARSHIP', 'MEDICAL');
update fund_support_category set register_only = false,
    basis = 'HD 96/HD-MTTW-BTT 2017: cả hộ, người có hoàn cảnh đặc biệt khó khăn (NĐ 136/2013/NĐ-CP, nay NĐ 20/2021/NĐ-CP), '
        || 'khó khăn đột xuất, thăm hỏi, công trình thiết yếu ở địa bàn khó khăn'
    where code in ('HARDSHIP', 'TET_VISIT', 'COMMUNITY_WORK', 'FUNERAL');

alter table fund_support_rate rename column province_code to unit_code;
alter table fund_support_rate
    add column recorded_by varchar(100) not null default 'system',
    add column recorded_at timestamptz not null default now();
-- The sources named exactly; the state budget's housing amounts are borrowed as the fund's national default, which
-- no regulation of the Front confirms.
update fund_support_rate set source = 'Thanh Hóa, chiến dịch xóa nhà tạm, nhà dột nát năm 2025: 80 triệu đồng/hộ '
        || 'xây mới (vietnamnet.vn, 2025); số văn bản của tỉnh chưa xác nhận'
    where category = 'HOUSE_NEW' and unit_code = '38' and amount = 80000000;
update fund_support_rate set confirmed = false, source = source || '; mức của ngân sách nhà nước, dùng tạm làm mức '
        || 'chung của quỹ, chưa có văn bản của Mặt trận xác nhận'
    where unit_code is null and source like 'TT 01/2022/TT-BXD%';
create index fund_support_rate_lookup on fund_support_rate (category, valid_from);

alter table fund_support
    add column recipient_kind varchar(12) not null default 'HOUSEHOLD'
        check (recipient_kind in ('HOUSEHOLD', 'PERSON')),
    alter column household_code drop not null,
    alter column poverty_class drop not null,
    add column decided_by varchar(100),
    add column refused_on date,
    add column refusal_reason text,
    add column withdrawn_on date,
    add column withdrawal_reason text,
    add column paid_by varchar(100),
    add column paid_from varchar(40),
    add column handed_over_by varchar(100);
alter table fund_support add constraint fund_support_household_kind
    check (recipient_kind = 'PERSON' or (household_code is not null and poverty_class is not null));
alter table fund_support add constraint fund_support_one_end
    check (num_nonnulls(decided_on, refused_on, withdrawn_on) <= 1);
create index fund_support_list on fund_support (fund_id, category, proposed_on);
