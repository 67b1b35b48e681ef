-- The root of every path. Provinces hang under it, so it exists before any import. Valid from 2 July 1976, when
-- the country took the name Cộng hòa xã hội chủ nghĩa Việt Nam (Nghị quyết ngày 02/7/1976 của Quốc hội khóa VI).
insert into territory_unit (code) values ('VN');
insert into territory_unit_version (code, name, type, level, parent_code, path, valid_from, valid_to, search_key)
values ('VN', 'Việt Nam', 'COUNTRY', 0, null, '/VN/', date '1976-07-02', null, 'viet nam');
