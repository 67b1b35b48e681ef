-- Departments become bodies (territory_body, by code): a user works in a body, whose functions he acts for.
-- The enum's seven values were the departments of thị xã Bỉm Sơn's 2017 programme; they map to that town's codes.
alter table access_user drop constraint access_user_check;
alter table access_user drop constraint access_user_role_check;
alter table access_user rename column department to body_code;
update access_user set body_code = case body_code
        when 'CULTURE_INFORMATION' then '381-VHTT' when 'LABOUR_SOCIAL_AFFAIRS' then '381-LDTBXH'
        when 'ECONOMY' then '381-KT' when 'URBAN_MANAGEMENT' then '381-QLDT' when 'JUSTICE' then '381-TP'
        when 'POLICE' then '381-CA' when 'HOME_AFFAIRS' then '381-NV' else body_code end
    where body_code is not null;
alter table access_user add constraint access_user_role_check check (role in ('ADMIN', 'FRONT_OFFICER',
    'DEPARTMENT_OFFICER', 'COMMUNE_OFFICER', 'AREA_HEAD', 'PROVINCE_OFFICER', 'FRONT_MEMBER_OFFICER',
    'AREA_FRONT_MEMBER'));
-- Posts that are a body's work need the body; the others may name one (the Front officer his committee).
alter table access_user add constraint access_user_body_check check (body_code is not null
    or role not in ('DEPARTMENT_OFFICER', 'PROVINCE_OFFICER', 'FRONT_MEMBER_OFFICER'));
