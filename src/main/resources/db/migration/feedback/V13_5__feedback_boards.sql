-- The people's boards of a commune (Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 Điều 31; NĐ 59/2023/NĐ-CP ngày
-- 14/8/2023): Ban Thanh tra nhân dân and Ban Giám sát đầu tư của cộng đồng, with their members and terms. Term
-- lengths and member counts are data (rows of feedback_board_kind), not constants: the values below are marked
-- unconfirmed where the text was not read.
create table feedback_board_kind (
    code         text primary key check (code ~ '^[A-Z_]+$'),
    name         text not null,
    name_en      text not null,
    term_years   int check (term_years between 1 and 10),
    min_members  int not null check (min_members between 1 and 50),
    max_members  int check (max_members between 1 and 100),
    basis        text not null
);
insert into feedback_board_kind (code, name, name_en, term_years, min_members, max_members, basis) values
 ('PEOPLES_INSPECTION', 'Ban Thanh tra nhân dân', 'People''s inspection board', 5, 5, null,
  'Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 Điều 31; NĐ 59/2023/NĐ-CP: bầu tại hội nghị nhân dân theo đề nghị '
  || 'của Ủy ban MTTQ cấp xã, tối thiểu 5 thành viên; nhiệm kỳ 5 năm chưa xác nhận (dữ liệu, sửa được)'),
 ('COMMUNITY_INVESTMENT', 'Ban Giám sát đầu tư của cộng đồng', 'Community investment supervision board', null, 3,
  null, 'NĐ 59/2023/NĐ-CP Điều 17: thành viên là người dân thôn, tổ dân phố nơi có dự án, bầu tại hội nghị; '
  || 'Ban Thường trực Ủy ban MTTQ cấp xã quyết định; nhiệm kỳ theo dự án (không cố định), chưa xác nhận');

create table feedback_board (
    id           bigserial primary key,
    commune_code text not null,
    kind         text not null references feedback_board_kind (code),
    name         text not null check (length(btrim(name)) between 1 and 300),
    term_from    date not null check (term_from between date '2000-01-01' and date '2100-12-31'),
    term_to      date not null check (term_to >= term_from and term_to <= date '2100-12-31'),
    decision     text,
    created_by   text not null
);
create index feedback_board_commune on feedback_board (commune_code, kind);

create table feedback_board_member (
    board_id   bigint not null references feedback_board (id) on delete cascade,
    position   int not null,
    name       text not null check (length(btrim(name)) between 1 and 200),
    role       text not null check (role in ('HEAD', 'DEPUTY', 'MEMBER')),
    area_code  text,
    primary key (board_id, position)
);
