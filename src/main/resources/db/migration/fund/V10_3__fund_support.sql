-- Support paid out (QĐ 1198/QĐ-MTTW-ĐCT 2016; HD 96/HD-MTTW-BTT 2017): categories and their amounts as data with
-- their source and dates, proposals for households of the poverty register, the board's decision, the payment
-- (posted to the ledger) and, for a house, the day it is handed over.
create table fund_support_category (
    code varchar(20) primary key,
    housing boolean not null default false,
    sort int not null
);
insert into fund_support_category (code, housing, sort) values
    ('HOUSE_NEW', true, 1), ('HOUSE_REPAIR', true, 2), ('LIVELIHOOD', false, 3), ('SCHOLARSHIP', false, 4),
    ('MEDICAL', false, 5), ('HARDSHIP', false, 6), ('TET_VISIT', false, 7), ('COMMUNITY_WORK', false, 8),
    ('FUNERAL', false, 9);

create table fund_support_rate (
    id bigserial primary key,
    category varchar(20) not null references fund_support_category (code),
    province_code varchar(40),
    amount bigint not null check (amount > 0),
    valid_from date not null,
    valid_to date,
    source text not null,
    confirmed boolean not null default false
);
insert into fund_support_rate (category, province_code, amount, valid_from, valid_to, source, confirmed) values
    ('HOUSE_NEW', '38', 80000000, '2025-01-01', null,
     'Thanh Hóa, chiến dịch xóa nhà tạm, nhà dột nát 2025: 80 triệu đồng/hộ (vietnamnet.vn)', true),
    ('HOUSE_NEW', null, 40000000, '2022-06-30', null,
     'TT 01/2022/TT-BXD (30/6/2022): 40 triệu đồng xây mới (ngân sách, huyện nghèo)', true),
    ('HOUSE_REPAIR', null, 20000000, '2022-06-30', null,
     'TT 01/2022/TT-BXD (30/6/2022): 20 triệu đồng sửa chữa (ngân sách, huyện nghèo)', true),
    ('HOUSE_NEW', '38', 30000000, '2016-01-01', '2025-01-01',
     'Mức mẫu, chưa xác nhận (Hòa Bình 2016: 30 triệu đồng/nhà); quản trị sửa được', false);

create table fund_support (
    id bigserial primary key,
    fund_id bigint not null references fund_fund (id),
    household_code varchar(40) not null,
    head_name text not null,
    area_code varchar(40) not null,
    category varchar(20) not null references fund_support_category (code),
    amount bigint not null check (amount > 0),
    poverty_class varchar(12) not null,
    proposed_on date not null,
    proposed_by varchar(100) not null,
    reason text not null,
    decision_number text,
    decided_on date,
    paid_on date,
    payment_document text,
    entry_id bigint references fund_entry (id),
    handed_over_on date,
    recorded_at timestamptz not null default now()
);
create index fund_support_household on fund_support (household_code);
create index fund_support_fund on fund_support (fund_id, proposed_on);
