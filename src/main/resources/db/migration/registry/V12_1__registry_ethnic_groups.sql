-- The 54 ethnic groups of Viet Nam as data (issue 18, hole 13): the list and codes of the Tổng cục Thống kê,
-- Quyết định 121-TCTK/PPCĐ ngày 02/3/1979 "Danh mục các thành phần dân tộc Việt Nam", codes 01 (Kinh) to 54 (Rơ-măm).
-- Two entries outside that list, for the register only: foreigners (NN) and unknown (KX); official = false.
-- other_names: the spellings the register meets (accent-folded, letters only, separated by '|'), so that an import
-- or an old free-text value maps to its group whatever its accents, spaces and hyphens.
create table registry_ethnic_group (
    code        varchar(2)   primary key,
    name        varchar(50)  not null unique,
    match_key   varchar(50)  not null unique,
    other_names text         not null default '',
    official    boolean      not null default true,
    position    smallint     not null
);

insert into registry_ethnic_group (code, name, match_key, other_names, position) values
 ('01', 'Kinh', 'kinh', 'viet', 1),
 ('02', 'Tày', 'tay', '', 2),
 ('03', 'Thái', 'thai', '', 3),
 ('04', 'Hoa', 'hoa', 'han', 4),
 ('05', 'Khơ-me', 'khome', 'khmer|khome', 5),
 ('06', 'Mường', 'muong', '', 6),
 ('07', 'Nùng', 'nung', '', 7),
 ('08', 'Mông', 'mong', 'hmong|hmong|meo', 8),
 ('09', 'Dao', 'dao', '', 9),
 ('10', 'Gia-rai', 'giarai', 'jrai', 10),
 ('11', 'Ngái', 'ngai', '', 11),
 ('12', 'Ê-đê', 'ede', 'rade', 12),
 ('13', 'Ba-na', 'bana', '', 13),
 ('14', 'Xơ-đăng', 'xodang', 'sedang', 14),
 ('15', 'Sán Chay', 'sanchay', 'caolan|sanchi', 15),
 ('16', 'Cơ-ho', 'coho', 'koho', 16),
 ('17', 'Chăm', 'cham', 'chamh', 17),
 ('18', 'Sán Dìu', 'sandiu', '', 18),
 ('19', 'Hrê', 'hre', '', 19),
 ('20', 'Mnông', 'mnong', '', 20),
 ('21', 'Ra-glai', 'raglai', '', 21),
 ('22', 'Xtiêng', 'xtieng', 'stieng', 22),
 ('23', 'Bru-Vân Kiều', 'bruvankieu', 'vankieu|bru', 23),
 ('24', 'Thổ', 'tho', '', 24),
 ('25', 'Giáy', 'giay', '', 25),
 ('26', 'Cơ-tu', 'cotu', 'katu', 26),
 ('27', 'Gié-Triêng', 'gietrieng', 'gie|trieng', 27),
 ('28', 'Mạ', 'ma', '', 28),
 ('29', 'Khơ-mú', 'khomu', 'khmu', 29),
 ('30', 'Co', 'co', '', 30),
 ('31', 'Tà-ôi', 'taoi', 'paco|pako', 31),
 ('32', 'Chơ-ro', 'choro', '', 32),
 ('33', 'Kháng', 'khang', '', 33),
 ('34', 'Xinh-mun', 'xinhmun', '', 34),
 ('35', 'Hà Nhì', 'hanhi', '', 35),
 ('36', 'Chu-ru', 'churu', '', 36),
 ('37', 'Lào', 'lao', '', 37),
 ('38', 'La Chí', 'lachi', '', 38),
 ('39', 'La Ha', 'laha', '', 39),
 ('40', 'Phù Lá', 'phula', '', 40),
 ('41', 'La Hủ', 'lahu', '', 41),
 ('42', 'Lự', 'lu', '', 42),
 ('43', 'Lô Lô', 'lolo', '', 43),
 ('44', 'Chứt', 'chut', '', 44),
 ('45', 'Mảng', 'mang', '', 45),
 ('46', 'Pà Thẻn', 'pathen', '', 46),
 ('47', 'Cơ Lao', 'colao', '', 47),
 ('48', 'Cống', 'cong', '', 48),
 ('49', 'Bố Y', 'boy', '', 49),
 ('50', 'Si La', 'sila', '', 50),
 ('51', 'Pu Péo', 'pupeo', '', 51),
 ('52', 'Brâu', 'brau', '', 52),
 ('53', 'Ơ Đu', 'odu', '', 53),
 ('54', 'Rơ-măm', 'romam', '', 54);
insert into registry_ethnic_group (code, name, match_key, other_names, official, position) values
 ('NN', 'Người nước ngoài', 'nguoinuocngoai', 'nuocngoai|foreigner', false, 55),
 ('KX', 'Không xác định', 'khongxacdinh', '', false, 56);

-- Free text typed before: mapped to its group by name or other name, accents, case, spaces and hyphens aside;
-- a value that maps to none is kept word for word in ethnicity_note (nothing lost) and the person's group becomes
-- "Không xác định" until an officer chooses.
alter table registry_person add column ethnicity_note varchar(200);

update registry_person p set ethnicity = g.name
from registry_ethnic_group g
where p.ethnicity <> g.name
  and regexp_replace(lower(unaccent(p.ethnicity)), '[^a-z0-9]', '', 'g')
      in (select g.match_key union all select unnest(string_to_array(g.other_names, '|')));

update registry_person p set ethnicity_note = left(p.ethnicity, 200), ethnicity = 'Không xác định'
where not exists (select 1 from registry_ethnic_group g where g.name = p.ethnicity);
