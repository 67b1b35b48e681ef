-- Poverty standards as versioned rule sets (data, editable; never constants in code). A standard applies to the lists
-- of the years [first_year, last_year] (the list a year-end review decides is the list of the next year).
--
-- One rule covers every standard:
--   POOR      when income <= alone_line (if the standard has one),
--             or income <= upper_line and deprivations >= min_deprivations;
--   NEAR_POOR when income <= upper_line and deprivations <  min_deprivations (and not poor by income alone);
--   NOT_POOR  otherwise.
-- QĐ 59/2015 (Art. 2): alone_line = poverty line, upper_line = near-poverty line.
-- NĐ 07/2021 (Art. 3) and NĐ 351/2025: no alone_line, upper_line = poverty line (income at or below the line AND 3+).
-- The survey-score variant uses the same rule on score A (B1) and score B (B2, points per deprived indicator).
create table poverty_standard (
    code                   varchar(20) primary key,
    name                   varchar(200) not null,
    legal_basis            varchar(400) not null,
    score_legal_basis      varchar(400),
    first_year             int not null,
    last_year              int not null,
    rural_alone_line       bigint,
    urban_alone_line       bigint,
    rural_upper_line       bigint not null,
    urban_upper_line       bigint not null,
    min_deprivations       int not null,
    rural_score_alone      int,
    urban_score_alone      int,
    rural_score_upper      int,
    urban_score_upper      int,
    min_deprivation_score  int,
    points_per_deprivation int not null default 10,
    confirmed              boolean not null default true,
    note                   varchar(1000)
);

-- Every deprivation indicator any standard has, with a fixed bit in the surveys' deprivation mask: a survey keeps its
-- answers as one int, and a standard counts bit_count(mask & its own mask).
create table poverty_indicator (
    code  varchar(40) primary key,
    bit   int not null unique check (bit between 0 and 30)
);

create table poverty_standard_indicator (
    standard_code  varchar(20) not null references poverty_standard (code),
    indicator_code varchar(40) not null references poverty_indicator (code),
    position       int not null,
    dimension      varchar(100) not null,
    name           varchar(200) not null,
    deprived_when  varchar(500) not null,
    confirmed      boolean not null default false,
    primary key (standard_code, indicator_code)
);

insert into poverty_indicator (code, bit) values
('ACCESS_TO_HEALTH_SERVICES', 0), ('HEALTH_INSURANCE', 1), ('ADULT_EDUCATION', 2), ('CHILD_SCHOOL_ATTENDANCE', 3),
('HOUSING_QUALITY', 4), ('HOUSING_AREA', 5), ('WATER_SOURCE', 6), ('LATRINE', 7), ('TELECOM_USE', 8),
('INFORMATION_ASSETS', 9), ('EMPLOYMENT', 10), ('DEPENDANTS', 11), ('NUTRITION', 12), ('INFORMATION_DEVICES', 13),
('INTERNET_USE', 14), ('DIGITAL_SERVICE_USE', 15), ('HOUSEHOLD_WASTE', 16);

insert into poverty_standard (code, name, legal_basis, score_legal_basis, first_year, last_year,
    rural_alone_line, urban_alone_line, rural_upper_line, urban_upper_line, min_deprivations,
    rural_score_alone, urban_score_alone, rural_score_upper, urban_score_upper, min_deprivation_score,
    points_per_deprivation, confirmed, note) values
('QD59_2015', 'Chuẩn nghèo tiếp cận đa chiều giai đoạn 2016–2020',
 'Quyết định số 59/2015/QĐ-TTg ngày 19/11/2015, Điều 1–2 (áp dụng đến hết năm 2021 theo Nghị định 07/2021/NĐ-CP, Điều 2)',
 'Thông tư số 17/2016/TT-BLĐTBXH, sửa đổi bởi Thông tư số 14/2018/TT-BLĐTBXH (Điều 1 khoản 5): điểm B1, B2',
 2016, 2021, 700000, 900000, 1000000, 1300000, 3, 120, 140, 150, 175, 30, 10, true,
 'Hộ nghèo: thu nhập bằng hoặc dưới chuẩn nghèo; hoặc trên chuẩn nghèo đến chuẩn cận nghèo và thiếu hụt từ 3 chỉ số trở lên.'),
('ND07_2021', 'Chuẩn nghèo đa chiều giai đoạn 2022–2025',
 'Nghị định số 07/2021/NĐ-CP ngày 27/01/2021, Điều 3 (áp dụng cả năm 2026 theo Nghị định 351/2025/NĐ-CP)',
 'Thông tư số 07/2021/TT-BLĐTBXH (Phụ lục III, IV): điểm A, điểm B',
 2022, 2026, null, null, 1500000, 2000000, 3, null, null, 140, 175, 30, 10, true,
 'Hộ nghèo: thu nhập bằng hoặc dưới chuẩn nghèo và thiếu hụt từ 3 chỉ số trở lên; hộ cận nghèo: thu nhập bằng hoặc dưới chuẩn nghèo và thiếu hụt dưới 3 chỉ số.'),
('ND351_2025', 'Chuẩn nghèo đa chiều giai đoạn 2027–2030',
 'Nghị định số 351/2025/NĐ-CP ngày 30/12/2025',
 'Chưa có thông tư hướng dẫn chấm điểm: tạm dùng ngưỡng điểm của Thông tư 07/2021/TT-BLĐTBXH (cần xác nhận)',
 2027, 2030, null, null, 2200000, 2800000, 3, null, null, 140, 175, 30, 10, false,
 'Danh mục chỉ số mới biết một phần (giữ việc làm, người phụ thuộc, dinh dưỡng, bảo hiểm y tế; thêm sử dụng Internet, dịch vụ số, xử lý rác thải); ngưỡng điểm chưa có văn bản: sửa khi có hướng dẫn.');

insert into poverty_standard_indicator (standard_code, indicator_code, position, dimension, name, deprived_when, confirmed) values
('QD59_2015', 'ACCESS_TO_HEALTH_SERVICES', 1, 'Y tế', 'Tiếp cận các dịch vụ y tế', 'Có người bị ốm đau nhưng không đi khám chữa bệnh (ốm đau nằm một chỗ hoặc không thể tự đi lại, học tập, làm việc)', false),
('QD59_2015', 'HEALTH_INSURANCE', 2, 'Y tế', 'Bảo hiểm y tế', 'Có ít nhất 1 thành viên từ 6 tuổi trở lên không có bảo hiểm y tế', false),
('QD59_2015', 'ADULT_EDUCATION', 3, 'Giáo dục', 'Trình độ giáo dục của người lớn', 'Có ít nhất 1 thành viên từ 15 đến dưới 30 tuổi chưa tốt nghiệp THCS và hiện không đi học', false),
('QD59_2015', 'CHILD_SCHOOL_ATTENDANCE', 4, 'Giáo dục', 'Tình trạng đi học của trẻ em', 'Có ít nhất 1 trẻ em từ 5 đến dưới 15 tuổi hiện không đi học', false),
('QD59_2015', 'HOUSING_QUALITY', 5, 'Nhà ở', 'Chất lượng nhà ở', 'Đang ở nhà thiếu kiên cố hoặc đơn sơ (ít nhất 2 trong 3 kết cấu tường, cột, mái không bền chắc)', false),
('QD59_2015', 'HOUSING_AREA', 6, 'Nhà ở', 'Diện tích nhà ở bình quân đầu người', 'Diện tích nhà ở bình quân dưới 8 m²/người', false),
('QD59_2015', 'WATER_SOURCE', 7, 'Nước sạch và vệ sinh', 'Nguồn nước sinh hoạt', 'Không được tiếp cận nguồn nước hợp vệ sinh', false),
('QD59_2015', 'LATRINE', 8, 'Nước sạch và vệ sinh', 'Hố xí/nhà tiêu hợp vệ sinh', 'Không sử dụng hố xí/nhà tiêu hợp vệ sinh', false),
('QD59_2015', 'TELECOM_USE', 9, 'Thông tin', 'Sử dụng dịch vụ viễn thông', 'Không có thành viên nào sử dụng thuê bao điện thoại hoặc Internet', false),
('QD59_2015', 'INFORMATION_ASSETS', 10, 'Thông tin', 'Tài sản phục vụ tiếp cận thông tin', 'Không có tài sản nào trong số ti vi, radio, máy tính và không nghe được hệ thống loa đài', false),
('ND07_2021', 'EMPLOYMENT', 1, 'Việc làm', 'Việc làm', 'Có ít nhất 1 người trong độ tuổi lao động thất nghiệp hoặc làm việc không có hợp đồng lao động', false),
('ND07_2021', 'DEPENDANTS', 2, 'Việc làm', 'Người phụ thuộc trong hộ gia đình', 'Tỷ lệ người phụ thuộc trên tổng số nhân khẩu lớn hơn 50%', false),
('ND07_2021', 'NUTRITION', 3, 'Y tế', 'Dinh dưỡng', 'Có ít nhất 1 trẻ em dưới 16 tuổi suy dinh dưỡng thấp còi hoặc nhẹ cân', false),
('ND07_2021', 'HEALTH_INSURANCE', 4, 'Y tế', 'Bảo hiểm y tế', 'Có ít nhất 1 người từ 6 tuổi trở lên không có bảo hiểm y tế', false),
('ND07_2021', 'ADULT_EDUCATION', 5, 'Giáo dục', 'Trình độ giáo dục của người lớn', 'Có ít nhất 1 người từ 16 đến 30 tuổi không tham gia học tập và chưa có bằng cấp phù hợp với độ tuổi', false),
('ND07_2021', 'CHILD_SCHOOL_ATTENDANCE', 6, 'Giáo dục', 'Tình trạng đi học của trẻ em', 'Có ít nhất 1 trẻ em từ 3 đến dưới 16 tuổi không được học đúng bậc, cấp học phù hợp', false),
('ND07_2021', 'HOUSING_QUALITY', 7, 'Nhà ở', 'Chất lượng nhà ở', 'Đang ở nhà thiếu kiên cố hoặc đơn sơ, hoặc không có nhà ở', false),
('ND07_2021', 'HOUSING_AREA', 8, 'Nhà ở', 'Diện tích nhà ở bình quân đầu người', 'Diện tích nhà ở bình quân dưới 8 m²/người', false),
('ND07_2021', 'WATER_SOURCE', 9, 'Nước sinh hoạt và vệ sinh', 'Nguồn nước sinh hoạt', 'Không được tiếp cận nguồn nước sinh hoạt hợp vệ sinh', false),
('ND07_2021', 'LATRINE', 10, 'Nước sinh hoạt và vệ sinh', 'Nhà tiêu hợp vệ sinh', 'Không sử dụng nhà tiêu hợp vệ sinh', false),
('ND07_2021', 'TELECOM_USE', 11, 'Thông tin', 'Sử dụng dịch vụ viễn thông', 'Không có thành viên nào sử dụng dịch vụ Internet', false),
('ND07_2021', 'INFORMATION_DEVICES', 12, 'Thông tin', 'Phương tiện phục vụ tiếp cận thông tin', 'Không có phương tiện nào trong số ti vi, radio, máy tính, điện thoại', false),
('ND351_2025', 'EMPLOYMENT', 1, 'Việc làm', 'Việc làm', 'Có ít nhất 1 người trong độ tuổi lao động thất nghiệp hoặc làm việc không có hợp đồng lao động (theo NĐ 07/2021, cần xác nhận)', false),
('ND351_2025', 'DEPENDANTS', 2, 'Việc làm', 'Người phụ thuộc trong hộ gia đình', 'Tỷ lệ người phụ thuộc trên tổng số nhân khẩu lớn hơn 50% (theo NĐ 07/2021, cần xác nhận)', false),
('ND351_2025', 'NUTRITION', 3, 'Y tế', 'Dinh dưỡng', 'Có ít nhất 1 trẻ em dưới 16 tuổi suy dinh dưỡng (theo NĐ 07/2021, cần xác nhận)', false),
('ND351_2025', 'HEALTH_INSURANCE', 4, 'Y tế', 'Bảo hiểm y tế', 'Có ít nhất 1 người từ 6 tuổi trở lên không có bảo hiểm y tế (theo NĐ 07/2021, cần xác nhận)', false),
('ND351_2025', 'INTERNET_USE', 5, 'Thông tin', 'Sử dụng Internet', 'Không có thành viên nào sử dụng Internet (điều kiện cần xác nhận)', false),
('ND351_2025', 'DIGITAL_SERVICE_USE', 6, 'Thông tin', 'Sử dụng dịch vụ số', 'Không có thành viên nào sử dụng dịch vụ công trực tuyến hoặc dịch vụ số (điều kiện cần xác nhận)', false),
('ND351_2025', 'HOUSEHOLD_WASTE', 7, 'Nước sinh hoạt, vệ sinh và môi trường', 'Xử lý rác thải sinh hoạt', 'Rác thải sinh hoạt không được thu gom, xử lý hợp vệ sinh (điều kiện cần xác nhận)', false);
