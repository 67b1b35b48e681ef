-- Citizens' reports (phản ánh, kiến nghị): their categories as data, who handles each per unit and date, and the
-- working-day calendar their deadlines are counted on.

-- A category of report. content is one of the five contents of the campaign (seed II.1–II.5: 1 kinh tế, giảm
-- nghèo; 2 văn hóa, giáo dục, y tế; 3 môi trường; 4 pháp luật, trật tự an toàn xã hội; 5 dân chủ, giám sát).
-- kind REPORT is taken here; COMPLAINT (khiếu nại, Luật Khiếu nại 2011) and DENUNCIATION (tố cáo, Luật Tố cáo
-- 2018) are not: the form tells the citizen which procedure applies and stores nothing. function is the line of
-- work (vn.chungsuc.shared.permission.Function) whose body handles it when no row of feedback_routing says
-- otherwise: the commune's body with that function on the date, else the nearest unit above that has one.
create table feedback_category (
    code          text primary key check (code ~ '^[A-Z0-9_]+$'),
    name          text not null check (btrim(name) <> ''),
    name_en       text not null check (btrim(name_en) <> ''),
    content_no    int not null check (content_no between 1 and 5),
    kind          text not null check (kind in ('REPORT', 'COMPLAINT', 'DENUNCIATION')),
    function      text,
    deadline_days int check (deadline_days between 1 and 90),
    basis         text not null,
    position      int not null,
    active        boolean not null default true,
    check (kind <> 'REPORT' or (function is not null and deadline_days is not null))
);

insert into feedback_category (code, name, name_en, content_no, kind, function, deadline_days, basis, position) values
 ('RAC_THAI', 'Rác thải, vệ sinh môi trường', 'Waste and sanitation', 3, 'REPORT', 'URBAN', 10,
  'CTrPH 1995/2017 mục II.3, VI.1.4; thời hạn chưa xác nhận (NĐ 20/2008 không quy định số ngày): dữ liệu, sửa được', 1),
 ('XA_THAI', 'Xả thải gây ô nhiễm', 'Polluting discharge', 3, 'REPORT', 'URBAN', 10,
  'CTrPH 1995/2017 mục II.3 ("giám sát, phát hiện và phản ánh hoạt động xả thải"); thời hạn chưa xác nhận', 2),
 ('VIA_HE', 'Lấn chiếm vỉa hè, lòng đường', 'Sidewalk and roadway encroachment', 4, 'REPORT', 'URBAN', 7,
  'CTrPH 1995/2017 mục VI.1.4 (Phòng Quản lý đô thị); thời hạn chưa xác nhận', 3),
 ('TRAT_TU_XAY_DUNG', 'Trật tự xây dựng', 'Building without permit or out of line', 4, 'REPORT', 'URBAN', 15,
  'CTrPH 1995/2017 mục VI.1.4; thời hạn chưa xác nhận', 4),
 ('CHIEU_SANG', 'Chiếu sáng công cộng', 'Street lighting', 3, 'REPORT', 'URBAN', 5,
  'CTrPH 1995/2017 mục VI.1.4 (chiếu sáng đô thị); thời hạn chưa xác nhận', 5),
 ('THOAT_NUOC', 'Thoát nước, ngập úng', 'Drainage and flooding', 3, 'REPORT', 'URBAN', 5,
  'CTrPH 1995/2017 mục VI.1.4; thời hạn chưa xác nhận', 6),
 ('AN_NINH_TRAT_TU', 'An ninh trật tự', 'Public order and security', 4, 'REPORT', 'POLICE', 5,
  'CTrPH 1995/2017 mục II.4, VI.1.6 (Công an); thời hạn chưa xác nhận', 7),
 ('TRO_GIUP_XA_HOI', 'Trợ giúp xã hội, hộ khó khăn', 'Social support, households in hardship', 1, 'REPORT',
  'SOCIAL_AFFAIRS', 10, 'CTrPH 1995/2017 mục II.1, VI.1.2 (Phòng Lao động – TB&XH); thời hạn chưa xác nhận', 8),
 ('THAM_NHUNG_LANG_PHI', 'Tham nhũng, lãng phí', 'Corruption and waste', 5, 'REPORT', 'FRONT', 15,
  'CTrPH 1995/2017 mục II.5 (giám sát, phản biện xã hội); Luật MTTQ 2015; thời hạn chưa xác nhận', 9),
 ('KHIEU_NAI', 'Khiếu nại một quyết định, hành vi hành chính', 'Complaint against an administrative decision', 5,
  'COMPLAINT', null, null, 'Luật Khiếu nại 11/2011/QH13: Điều 9 (90 ngày), Điều 27 (thụ lý 10 ngày), Điều 28 (30–45 ngày)', 20),
 ('TO_CAO', 'Tố cáo hành vi vi phạm pháp luật', 'Denunciation of an unlawful act', 5, 'DENUNCIATION', null, null,
  'Luật Tố cáo 25/2018/QH14: Điều 22–23 (tố cáo bằng đơn, ghi rõ họ tên, địa chỉ), Điều 30 (30 ngày), Điều 47 (bảo vệ người tố cáo)', 21);

-- Who handles a category in a unit (a commune or a unit above it, for all its communes) during
-- [valid_from, valid_to): overrides the category's function. body_code is a code of territory's bodies.
create table feedback_routing (
    id            bigserial primary key,
    category_code text not null references feedback_category (code),
    unit_code     text not null,
    body_code     text not null,
    valid_from    date not null check (valid_from between date '1900-01-01' and date '2100-12-31'),
    valid_to      date check (valid_to is null or valid_to > valid_from),
    source        text
);
create index feedback_routing_unit on feedback_routing (unit_code, category_code);

-- The working-day calendar: Monday to Friday are working days unless a row says the day is a holiday (working =
-- false); a Saturday or Sunday is a working day when a row makes it a make-up day (working = true).
create table feedback_calendar_day (
    day     date primary key check (day between date '1900-01-01' and date '2100-12-31'),
    working boolean not null,
    name    text not null,
    source  text not null
);

insert into feedback_calendar_day (day, working, name, source) values
 ('2024-01-01', false, 'Tết Dương lịch', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm a'),
 ('2024-02-08', false, 'Tết Nguyên đán Giáp Thìn', 'Thông báo 6150/TB-LĐTBXH ngày 23/11/2023 (nghỉ 08/02–14/02/2024)'),
 ('2024-02-09', false, 'Tết Nguyên đán Giáp Thìn', 'Thông báo 6150/TB-LĐTBXH ngày 23/11/2023'),
 ('2024-02-12', false, 'Tết Nguyên đán Giáp Thìn', 'Thông báo 6150/TB-LĐTBXH ngày 23/11/2023'),
 ('2024-02-13', false, 'Tết Nguyên đán Giáp Thìn', 'Thông báo 6150/TB-LĐTBXH ngày 23/11/2023'),
 ('2024-02-14', false, 'Tết Nguyên đán Giáp Thìn', 'Thông báo 6150/TB-LĐTBXH ngày 23/11/2023'),
 ('2024-04-18', false, 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm d'),
 ('2024-04-29', false, 'Nghỉ hoán đổi dịp 30/4–1/5', 'Thông báo 6150/TB-LĐTBXH: đổi thứ Hai 29/4 sang thứ Bảy 04/5/2024 (chưa xác nhận văn bản hoán đổi)'),
 ('2024-04-30', false, 'Ngày Chiến thắng', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm đ'),
 ('2024-05-01', false, 'Ngày Quốc tế lao động', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm e'),
 ('2024-05-04', true,  'Làm bù cho thứ Hai 29/4/2024', 'Hoán đổi ngày làm việc dịp 30/4–1/5/2024 (chưa xác nhận số văn bản)'),
 ('2024-09-02', false, 'Quốc khánh', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm g'),
 ('2024-09-03', false, 'Quốc khánh (ngày liền sau)', 'Thông báo 6150/TB-LĐTBXH ngày 23/11/2023'),
 ('2025-01-01', false, 'Tết Dương lịch', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm a'),
 ('2025-01-27', false, 'Tết Nguyên đán Ất Tỵ', 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Ất Tỵ 2025 (nghỉ 25/01–02/02/2025; chưa xác nhận số văn bản)'),
 ('2025-01-28', false, 'Tết Nguyên đán Ất Tỵ', 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Ất Tỵ 2025 (chưa xác nhận số văn bản)'),
 ('2025-01-29', false, 'Tết Nguyên đán Ất Tỵ', 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Ất Tỵ 2025 (chưa xác nhận số văn bản)'),
 ('2025-01-30', false, 'Tết Nguyên đán Ất Tỵ', 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Ất Tỵ 2025 (chưa xác nhận số văn bản)'),
 ('2025-01-31', false, 'Tết Nguyên đán Ất Tỵ', 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Ất Tỵ 2025 (chưa xác nhận số văn bản)'),
 ('2025-04-07', false, 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm d'),
 ('2025-04-26', true,  'Làm bù cho thứ Sáu 02/5/2025', 'Hoán đổi ngày làm việc dịp 30/4–1/5/2025 (chưa xác nhận số văn bản)'),
 ('2025-04-30', false, 'Ngày Chiến thắng', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm đ'),
 ('2025-05-01', false, 'Ngày Quốc tế lao động', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm e'),
 ('2025-05-02', false, 'Nghỉ hoán đổi dịp 30/4–1/5', 'Hoán đổi ngày làm việc dịp 30/4–1/5/2025 (chưa xác nhận số văn bản)'),
 ('2025-09-01', false, 'Quốc khánh (ngày liền trước)', 'Lịch nghỉ Quốc khánh 2025 (chưa xác nhận số văn bản)'),
 ('2025-09-02', false, 'Quốc khánh', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm g'),
 ('2026-01-01', false, 'Tết Dương lịch', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm a'),
 ('2026-02-16', false, 'Tết Nguyên đán Bính Ngọ', 'Lịch nghỉ Tết Bính Ngọ 2026 (nghỉ 14/02–22/02/2026; chưa xác nhận số văn bản)'),
 ('2026-02-17', false, 'Tết Nguyên đán Bính Ngọ', 'Lịch nghỉ Tết Bính Ngọ 2026 (chưa xác nhận số văn bản)'),
 ('2026-02-18', false, 'Tết Nguyên đán Bính Ngọ', 'Lịch nghỉ Tết Bính Ngọ 2026 (chưa xác nhận số văn bản)'),
 ('2026-02-19', false, 'Tết Nguyên đán Bính Ngọ', 'Lịch nghỉ Tết Bính Ngọ 2026 (chưa xác nhận số văn bản)'),
 ('2026-02-20', false, 'Tết Nguyên đán Bính Ngọ', 'Lịch nghỉ Tết Bính Ngọ 2026 (chưa xác nhận số văn bản)'),
 ('2026-04-27', false, 'Nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm d và khoản 3'),
 ('2026-04-30', false, 'Ngày Chiến thắng', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm đ'),
 ('2026-05-01', false, 'Ngày Quốc tế lao động', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm e'),
 ('2026-09-01', false, 'Quốc khánh (ngày liền trước)', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm g (ngày liền kề chưa xác nhận)'),
 ('2026-09-02', false, 'Quốc khánh', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm g'),
 ('2027-01-01', false, 'Tết Dương lịch', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm a'),
 ('2027-02-04', false, 'Tết Nguyên đán Đinh Mùi', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm b (lịch nghỉ 2027 chưa công bố: dự kiến)'),
 ('2027-02-05', false, 'Tết Nguyên đán Đinh Mùi', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm b (dự kiến)'),
 ('2027-02-08', false, 'Tết Nguyên đán Đinh Mùi', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm b (dự kiến)'),
 ('2027-02-09', false, 'Tết Nguyên đán Đinh Mùi', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm b (dự kiến)'),
 ('2027-02-10', false, 'Tết Nguyên đán Đinh Mùi', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm b (dự kiến)'),
 ('2027-04-16', false, 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm d (ngày dương lịch chưa xác nhận)'),
 ('2027-04-30', false, 'Ngày Chiến thắng', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm đ'),
 ('2027-05-03', false, 'Nghỉ bù Ngày Quốc tế lao động (1/5 là thứ Bảy)', 'Bộ luật Lao động 2019 Điều 112 khoản 3'),
 ('2027-09-02', false, 'Quốc khánh', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm g'),
 ('2027-09-03', false, 'Quốc khánh (ngày liền sau)', 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm g (ngày liền kề chưa xác nhận)');
