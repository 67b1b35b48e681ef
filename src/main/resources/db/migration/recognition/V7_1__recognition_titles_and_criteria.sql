-- The titles, regimes and criteria sets as data. Sources are the research notes of the project
-- (titles-criteria-documents-feedback.md); "[chưa xác minh]" marks values that could not be checked against the
-- original document: officers can correct them on the criteria page, they are never constants in code.

insert into recognition_regime (code, name, legal_basis, valid_from, valid_to, note) values
('TT-12-2011', 'Thông tư 12/2011/TT-BVHTTDL', 'Thông tư số 12/2011/TT-BVHTTDL ngày 10/10/2011 của Bộ VHTTDL quy định chi tiết về tiêu chuẩn, trình tự, thủ tục xét và công nhận danh hiệu “Gia đình văn hóa”, “Thôn văn hóa”, “Làng văn hóa”, “Ấp văn hóa”, “Bản văn hóa”, “Tổ dân phố văn hóa” và tương đương', '2011-12-01', '2018-11-05', 'Áp dụng đến hết 04/11/2018.'),
('ND-122-2018', 'Nghị định 122/2018/NĐ-CP', 'Nghị định số 122/2018/NĐ-CP ngày 17/9/2018 của Chính phủ quy định về xét tặng danh hiệu “Gia đình văn hóa”; “Thôn văn hóa”, “Làng văn hóa”, “Ấp văn hóa”, “Bản văn hóa”, “Tổ dân phố văn hóa”', '2018-11-05', '2024-01-30', 'Có hiệu lực từ 05/11/2018.'),
('ND-86-2023', 'Nghị định 86/2023/NĐ-CP', 'Nghị định số 86/2023/NĐ-CP ngày 07/12/2023 của Chính phủ quy định về khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu “Gia đình văn hóa”; “Thôn, tổ dân phố văn hóa”; “Xã, phường, thị trấn tiêu biểu” (thi hành Luật Thi đua, khen thưởng số 06/2022/QH15)', '2024-01-30', null, 'Có hiệu lực từ 30/01/2024.'),
('TT-08-2014', 'Thông tư 08/2014/TT-BVHTTDL', 'Thông tư số 08/2014/TT-BVHTTDL ngày 24/9/2014 của Bộ VHTTDL quy định chi tiết tiêu chuẩn, trình tự, thủ tục xét và công nhận “Cơ quan đạt chuẩn văn hóa”, “Đơn vị đạt chuẩn văn hóa”, “Doanh nghiệp đạt chuẩn văn hóa”', '2014-11-10', null, '[chưa xác minh] ngày hiệu lực và việc còn hiệu lực; từ 2023 thực hiện theo Hướng dẫn 58/HD-TLĐ ngày 10/5/2022.'),
('TT-02-2013', 'Thông tư 02/2013/TT-BVHTTDL', 'Thông tư số 02/2013/TT-BVHTTDL ngày 24/01/2013 của Bộ VHTTDL quy định chi tiết tiêu chuẩn, trình tự, thủ tục xét và công nhận “Phường đạt chuẩn văn minh đô thị”, “Thị trấn đạt chuẩn văn minh đô thị”', '2013-03-15', '2022-04-15', '[chưa xác minh] ngày hiệu lực; thay bằng Quyết định 04/2022/QĐ-TTg từ 15/4/2022.'),
('QD-04-2022', 'Quyết định 04/2022/QĐ-TTg', 'Quyết định số 04/2022/QĐ-TTg ngày 18/02/2022 của Thủ tướng Chính phủ quy định tiêu chí, trình tự, thủ tục xét, công nhận đạt chuẩn đô thị văn minh', '2022-04-15', null, null),
('QD-1980-2016', 'Quyết định 1980/QĐ-TTg', 'Quyết định số 1980/QĐ-TTg ngày 17/10/2016 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016 - 2020', '2016-12-01', '2022-03-08', null),
('QD-318-2022', 'Quyết định 318/QĐ-TTg', 'Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025', '2022-03-08', null, null),
('QD-488-2014-TH', 'Quyết định 488/2014/QĐ-UBND (Thanh Hóa)', 'Quyết định số 488/2014/QĐ-UBND ngày 17/02/2014 của UBND tỉnh Thanh Hóa về “Công dân gương mẫu”, “Gia đình kiểu mẫu”', '2014-02-17', null, 'Văn bản chưa tìm được: bộ tiêu chí để trống, cán bộ nhập khi có văn bản.'),
('LOCAL-VMDT', 'Tiêu chí văn minh đô thị của địa phương', 'Chương trình phối hợp của địa phương (ví dụ Chương trình 1995/CTrPH-UBND-UB.MTTQ ngày 09/10/2017 của thị xã Bỉm Sơn)', '2017-01-01', null, 'Không có tiêu chí quốc gia cho khu phố, cơ quan, doanh nghiệp, điểm công cộng, tuyến đường văn minh đô thị: bộ tiêu chí do địa phương ban hành.');

insert into recognition_title (code, name, subject, metric_code, years_valid, sort, legal_basis, note) values
('CULTURAL_FAMILY', 'Gia đình văn hóa', 'HOUSEHOLD', 'recognition.cultural-families', 1, 1, 'NĐ 122/2018/NĐ-CP; NĐ 86/2023/NĐ-CP; Luật TĐKT 2022 khoản 3 Điều 80', 'Xét hằng năm.'),
('CULTURAL_AREA', 'Thôn, tổ dân phố văn hóa (khu dân cư văn hóa)', 'RESIDENTIAL_AREA', 'recognition.cultural-areas', 1, 2, 'NĐ 122/2018/NĐ-CP Điều 12–15; NĐ 86/2023/NĐ-CP; Luật TĐKT 2022 Điều 30, khoản 2 Điều 80', 'Theo TT 12/2011 công nhận 3 năm một lần [chưa xác minh]; từ NĐ 122/2018 xét hằng năm.'),
('CULTURAL_AGENCY', 'Cơ quan, đơn vị đạt chuẩn văn hóa', 'AGENCY', 'recognition.cultural-agencies', 5, 3, 'TT 08/2014/TT-BVHTTDL khoản 2 Điều 3', 'Công nhận lần đầu sau ít nhất 2 năm kể từ khi đăng ký; công nhận lại 5 năm một lần.'),
('CULTURAL_ENTERPRISE', 'Doanh nghiệp đạt chuẩn văn hóa', 'ENTERPRISE', null, 5, 4, 'TT 08/2014/TT-BVHTTDL khoản 2 Điều 3', null),
('EXEMPLARY_COMMUNE', 'Xã, phường, thị trấn tiêu biểu', 'COMMUNE', null, 1, 5, 'Luật TĐKT 2022 Điều 20, khoản 4 Điều 79; NĐ 86/2023/NĐ-CP Phụ lục III', 'Thẩm quyền (Chủ tịch UBND tỉnh) suy ra từ Điều 79 khoản 4 [chưa xác minh].'),
('CIVILISED_WARD', 'Phường, thị trấn đạt chuẩn văn minh đô thị', 'WARD', 'recognition.civilised-wards', 5, 6, 'TT 02/2013/TT-BVHTTDL; QĐ 04/2022/QĐ-TTg Điều 8–9', 'Thời hạn công nhận lại 5 năm [chưa xác minh].'),
('NEW_RURAL_COMMUNE', 'Xã đạt chuẩn nông thôn mới', 'COMMUNE', 'recognition.new-rural-communes', null, 7, 'QĐ 1980/QĐ-TTg (2016–2020); QĐ 318/QĐ-TTg (2021–2025); QĐ 2540/QĐ-TTg (trình tự công nhận)', 'Giữ danh hiệu đến khi bị thu hồi.'),
('EXEMPLARY_CITIZEN', 'Công dân gương mẫu', 'PERSON', 'recognition.exemplary-citizens', 1, 8, 'QĐ 488/2014/QĐ-UBND tỉnh Thanh Hóa', 'Văn bản chưa tìm được.'),
('MODEL_FAMILY', 'Gia đình kiểu mẫu', 'HOUSEHOLD', 'recognition.model-families', 1, 9, 'QĐ 488/2014/QĐ-UBND tỉnh Thanh Hóa', 'Văn bản chưa tìm được.'),
('CIVILISED_QUARTER', 'Khu phố đạt tiêu chí văn minh đô thị', 'RESIDENTIAL_AREA', 'recognition.civilised-quarters', 1, 10, 'Tiêu chí của địa phương', null),
('CIVILISED_AGENCY', 'Cơ quan, đơn vị, trường học đạt tiêu chí văn minh đô thị', 'AGENCY', 'recognition.civilised-agencies', 1, 11, 'Tiêu chí của địa phương', null),
('CIVILISED_ENTERPRISE', 'Doanh nghiệp đạt tiêu chí văn minh đô thị', 'ENTERPRISE', 'recognition.civilised-enterprises', 1, 12, 'Tiêu chí của địa phương', null),
('CIVILISED_PUBLIC_PLACE', 'Điểm công cộng đạt tiêu chí văn minh đô thị', 'PUBLIC_PLACE', null, 1, 13, 'Tiêu chí của địa phương', null),
('CIVILISED_STREET', 'Tuyến đường đạt tiêu chí văn minh đô thị', 'STREET', null, 1, 14, 'Tiêu chí của địa phương', null);

insert into recognition_decider (title_code, valid_from, level, name, legal_basis, note) values
('CULTURAL_FAMILY', '2011-12-01', 'COMMUNE', 'Chủ tịch UBND cấp xã', 'TT 12/2011/TT-BVHTTDL; NĐ 122/2018/NĐ-CP Điều 9; Luật TĐKT 2022 khoản 3 Điều 80', null),
('CULTURAL_AREA', '2011-12-01', 'DISTRICT', 'Chủ tịch UBND cấp huyện', 'TT 12/2011/TT-BVHTTDL; NĐ 122/2018/NĐ-CP Điều 15; Luật TĐKT 2022 khoản 2 Điều 80', null),
('CULTURAL_AREA', '2025-07-01', 'COMMUNE', 'Chủ tịch UBND cấp xã (chính quyền địa phương hai cấp)', 'Luật Tổ chức chính quyền địa phương 2025', '[chưa xác minh] thẩm quyền sau khi bỏ cấp huyện; sửa được trên trang tiêu chí.'),
('CULTURAL_AGENCY', '2014-11-10', 'DISTRICT', 'Chủ tịch UBND cấp huyện', 'TT 08/2014/TT-BVHTTDL', '[chưa xác minh]; từ 2023 giấy công nhận do Liên đoàn Lao động ký (Hướng dẫn 58/HD-TLĐ).'),
('CULTURAL_AGENCY', '2025-07-01', 'COMMUNE', 'Chủ tịch UBND cấp xã', 'Luật Tổ chức chính quyền địa phương 2025', '[chưa xác minh]'),
('CULTURAL_ENTERPRISE', '2014-11-10', 'DISTRICT', 'Chủ tịch UBND cấp huyện', 'TT 08/2014/TT-BVHTTDL', '[chưa xác minh]'),
('EXEMPLARY_COMMUNE', '2024-01-30', 'PROVINCE', 'Chủ tịch UBND cấp tỉnh', 'Luật TĐKT 2022 khoản 4 Điều 79', '[chưa xác minh]'),
('CIVILISED_WARD', '2013-03-15', 'DISTRICT', 'Chủ tịch UBND cấp huyện', 'TT 02/2013/TT-BVHTTDL; QĐ 04/2022/QĐ-TTg Điều 8', null),
('CIVILISED_WARD', '2025-07-01', 'PROVINCE', 'Chủ tịch UBND cấp tỉnh', 'Luật Tổ chức chính quyền địa phương 2025', '[chưa xác minh]'),
('NEW_RURAL_COMMUNE', '2016-12-01', 'PROVINCE', 'Chủ tịch UBND cấp tỉnh', 'QĐ 2540/QĐ-TTg ngày 30/12/2016', null),
('EXEMPLARY_CITIZEN', '2014-02-17', 'COMMUNE', 'Chủ tịch UBND cấp xã', 'QĐ 488/2014/QĐ-UBND tỉnh Thanh Hóa', '[chưa xác minh]'),
('MODEL_FAMILY', '2014-02-17', 'COMMUNE', 'Chủ tịch UBND cấp xã', 'QĐ 488/2014/QĐ-UBND tỉnh Thanh Hóa', '[chưa xác minh]'),
('CIVILISED_QUARTER', '2017-01-01', 'COMMUNE', 'Chủ tịch UBND cấp xã', 'Tiêu chí của địa phương', null),
('CIVILISED_AGENCY', '2017-01-01', 'DISTRICT', 'Chủ tịch UBND cấp huyện', 'Tiêu chí của địa phương', null),
('CIVILISED_ENTERPRISE', '2017-01-01', 'DISTRICT', 'Chủ tịch UBND cấp huyện', 'Tiêu chí của địa phương', null),
('CIVILISED_PUBLIC_PLACE', '2017-01-01', 'COMMUNE', 'Chủ tịch UBND cấp xã', 'Tiêu chí của địa phương', null),
('CIVILISED_STREET', '2017-01-01', 'COMMUNE', 'Chủ tịch UBND cấp xã', 'Tiêu chí của địa phương', null);

-- Criteria sets (national). Procedure parameters: NĐ 122/2018 Điều 9 (GĐVH) and Điều 14–15 (khu dân cư): quorum
-- 60% of invitees, 60% of attendees agree, dossier within 3 working days, decision within 5. NĐ 86/2023: posting
-- 10 days, decision within 10 days, evaluation before 25/11; the decree no longer names a vote: the 60% rules are
-- kept as the province's practice [chưa xác minh]. TT 12/2011: the vote shares are not confirmed either.
insert into recognition_criteria_set (id, title_code, regime_code, province_code, name, legal_basis, valid_from, valid_to,
    quorum_percent, approval_percent, posting_days, dossier_days, decide_days, evaluation_deadline, decider,
    commendation_years, first_after_years, renewal_years, procedure_basis, note) values
(1, 'CULTURAL_FAMILY', 'TT-12-2011', null, 'Tiêu chuẩn Gia đình văn hóa (TT 12/2011)', 'Thông tư 12/2011/TT-BVHTTDL Điều 3', '2011-12-01', '2018-11-05',
    60, 60, null, 3, 5, null, 'Chủ tịch UBND cấp xã', 3, null, null, 'Thông tư 12/2011/TT-BVHTTDL', '[chưa xác minh] tỷ lệ dự họp và biểu quyết; Giấy công nhận cấp 3 năm một lần.'),
(2, 'CULTURAL_FAMILY', 'ND-122-2018', null, 'Tiêu chuẩn Gia đình văn hóa (NĐ 122/2018)', 'Nghị định 122/2018/NĐ-CP Điều 8', '2018-11-05', '2024-01-30',
    60, 60, null, 3, 5, null, 'Chủ tịch UBND cấp xã', 3, null, null, 'Nghị định 122/2018/NĐ-CP Điều 9: họp bình xét ≥60% số người được mời, gia đình đạt khi ≥60% người dự họp đồng ý; hồ sơ gửi trong 3 ngày làm việc, quyết định trong 5 ngày làm việc; Giấy khen sau 3 năm liên tục', null),
(3, 'CULTURAL_FAMILY', 'ND-86-2023', null, 'Khung tiêu chuẩn Gia đình văn hóa (NĐ 86/2023, Phụ lục I)', 'Nghị định 86/2023/NĐ-CP Điều 6, Phụ lục I', '2024-01-30', null,
    60, 60, 10, 3, 10, '25/11', 'Chủ tịch UBND cấp xã', 3, null, null, 'Nghị định 86/2023/NĐ-CP Điều 7: niêm yết công khai 10 ngày, quyết định trong 10 ngày; bình xét xong trước 25/11', '[chưa xác minh] tỉnh còn giữ biểu quyết 60% hay không; Giấy khen sau 3 năm là thực hành địa phương.'),
(4, 'CULTURAL_AREA', 'TT-12-2011', null, 'Tiêu chuẩn Khu dân cư văn hóa (TT 12/2011)', 'Thông tư 12/2011/TT-BVHTTDL', '2011-12-01', '2018-11-05',
    60, 60, null, 3, 5, null, 'Chủ tịch UBND cấp huyện', 5, null, null, 'Thông tư 12/2011/TT-BVHTTDL', '[chưa xác minh] công nhận 3 năm một lần.'),
(5, 'CULTURAL_AREA', 'ND-122-2018', null, 'Tiêu chuẩn Khu dân cư văn hóa (NĐ 122/2018)', 'Nghị định 122/2018/NĐ-CP Điều 12', '2018-11-05', '2024-01-30',
    60, 60, null, 3, 5, null, 'Chủ tịch UBND cấp huyện', 5, null, null, 'Nghị định 122/2018/NĐ-CP Điều 14–15; Giấy khen sau 5 năm liên tục (thủ tục 207267)', null),
(6, 'CULTURAL_AREA', 'ND-86-2023', null, 'Khung tiêu chuẩn Thôn, tổ dân phố văn hóa (NĐ 86/2023, Phụ lục II)', 'Luật TĐKT 2022 Điều 30; Nghị định 86/2023/NĐ-CP Phụ lục II', '2024-01-30', null,
    60, 60, 10, 3, 10, '25/11', 'Chủ tịch UBND cấp huyện', 5, null, null, 'Nghị định 86/2023/NĐ-CP: Hội đồng TĐKT xã lựa chọn, công khai 10 ngày, quyết định trong 10 ngày', 'Tiêu chuẩn chi tiết do UBND tỉnh ban hành (văn bản của Thanh Hóa chưa tìm được).'),
(7, 'EXEMPLARY_COMMUNE', 'ND-86-2023', null, 'Khung tiêu chuẩn Xã, phường, thị trấn tiêu biểu (NĐ 86/2023, Phụ lục III)', 'Nghị định 86/2023/NĐ-CP Phụ lục III', '2024-01-30', null,
    null, null, 10, null, 10, '25/11', 'Chủ tịch UBND cấp tỉnh', null, null, null, 'Nghị định 86/2023/NĐ-CP', 'Phụ lục III chưa đọc được: cán bộ nhập tiêu chí.'),
(8, 'CULTURAL_AGENCY', 'TT-08-2014', null, 'Tiêu chuẩn Cơ quan, đơn vị đạt chuẩn văn hóa', 'Thông tư 08/2014/TT-BVHTTDL', '2014-11-10', null,
    null, null, null, null, null, null, 'Chủ tịch UBND cấp huyện', null, 2, 5, 'Thông tư 08/2014/TT-BVHTTDL khoản 2 Điều 3: lần đầu sau ít nhất 2 năm kể từ khi đăng ký, công nhận lại 5 năm một lần', 'Nội dung tiêu chuẩn theo bản dự thảo [chưa xác minh].'),
(9, 'CULTURAL_ENTERPRISE', 'TT-08-2014', null, 'Tiêu chuẩn Doanh nghiệp đạt chuẩn văn hóa', 'Thông tư 08/2014/TT-BVHTTDL', '2014-11-10', null,
    null, null, null, null, null, null, 'Chủ tịch UBND cấp huyện', null, 2, 5, 'Thông tư 08/2014/TT-BVHTTDL khoản 2 Điều 3', 'Nội dung tiêu chuẩn theo bản dự thảo [chưa xác minh].'),
(10, 'CIVILISED_WARD', 'TT-02-2013', null, 'Tiêu chuẩn Phường đạt chuẩn văn minh đô thị (TT 02/2013)', 'Thông tư 02/2013/TT-BVHTTDL', '2013-03-15', '2022-04-15',
    null, null, null, null, 5, null, 'Chủ tịch UBND cấp huyện', null, 2, null, 'Thông tư 02/2013/TT-BVHTTDL: hồ sơ gồm báo cáo thành tích 2 năm; Phòng VH-TT xử lý trong 5 ngày làm việc', '5 tiêu chuẩn, 24 tiêu chí: nội dung chưa đọc được, cán bộ nhập.'),
(11, 'CIVILISED_WARD', 'QD-04-2022', null, 'Tiêu chí Phường, thị trấn đạt chuẩn đô thị văn minh (QĐ 04/2022)', 'Quyết định 04/2022/QĐ-TTg', '2022-04-15', null,
    70, null, null, 3, 5, null, 'Chủ tịch UBND cấp huyện', null, null, null, 'Quyết định 04/2022/QĐ-TTg Điều 8–9: Hội đồng thẩm định họp khi có ≥70% thành viên; công bố trong 30 ngày', null),
(12, 'NEW_RURAL_COMMUNE', 'QD-1980-2016', null, 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020', 'Quyết định 1980/QĐ-TTg', '2016-12-01', '2022-03-08',
    null, null, null, null, null, null, 'Chủ tịch UBND cấp tỉnh', null, null, null, 'Quyết định 2540/QĐ-TTg ngày 30/12/2016', 'Mỗi tiêu chí có chỉ tiêu chung và theo 7 vùng.'),
(13, 'NEW_RURAL_COMMUNE', 'QD-318-2022', null, 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025', 'Quyết định 318/QĐ-TTg', '2022-03-08', null,
    null, null, null, null, null, null, 'Chủ tịch UBND cấp tỉnh', null, null, null, 'Quyết định 18/2022/QĐ-TTg [chưa xác minh]', 'Điều kiện công nhận: đạt tất cả tiêu chí, không nợ đọng vốn, đạt tỷ lệ hài lòng của người dân.'),
(14, 'EXEMPLARY_CITIZEN', 'QD-488-2014-TH', '38', 'Tiêu chí Công dân gương mẫu (Thanh Hóa)', 'Quyết định 488/2014/QĐ-UBND tỉnh Thanh Hóa', '2014-02-17', null,
    null, null, null, null, null, null, 'Chủ tịch UBND cấp xã', null, null, null, 'Quyết định 488/2014/QĐ-UBND tỉnh Thanh Hóa', 'Văn bản chưa tìm được: bộ tiêu chí để trống, cán bộ nhập.'),
(15, 'MODEL_FAMILY', 'QD-488-2014-TH', '38', 'Tiêu chí Gia đình kiểu mẫu (Thanh Hóa)', 'Quyết định 488/2014/QĐ-UBND tỉnh Thanh Hóa', '2014-02-17', null,
    null, null, null, null, null, null, 'Chủ tịch UBND cấp xã', null, null, null, 'Quyết định 488/2014/QĐ-UBND tỉnh Thanh Hóa', 'Văn bản chưa tìm được: bộ tiêu chí để trống, cán bộ nhập.'),
(16, 'CIVILISED_QUARTER', 'LOCAL-VMDT', '38', 'Tiêu chí khu phố văn minh đô thị (địa phương)', 'Chương trình phối hợp 1995/CTrPH-UBND-UB.MTTQ', '2017-01-01', null,
    null, null, null, null, null, null, 'Chủ tịch UBND cấp xã', null, null, null, 'Do địa phương quy định', 'Bộ tiêu chí địa phương: cán bộ nhập.'),
(17, 'CIVILISED_AGENCY', 'LOCAL-VMDT', '38', 'Tiêu chí cơ quan, đơn vị, trường học văn minh đô thị (địa phương)', 'Chương trình phối hợp 1995/CTrPH-UBND-UB.MTTQ', '2017-01-01', null,
    null, null, null, null, null, null, 'Chủ tịch UBND cấp huyện', null, null, null, 'Do địa phương quy định', 'Bộ tiêu chí địa phương: cán bộ nhập.'),
(18, 'CIVILISED_ENTERPRISE', 'LOCAL-VMDT', '38', 'Tiêu chí doanh nghiệp văn minh đô thị (địa phương)', 'Chương trình phối hợp 1995/CTrPH-UBND-UB.MTTQ', '2017-01-01', null,
    null, null, null, null, null, null, 'Chủ tịch UBND cấp huyện', null, null, null, 'Do địa phương quy định', 'Bộ tiêu chí địa phương: cán bộ nhập.'),
(19, 'CIVILISED_PUBLIC_PLACE', 'LOCAL-VMDT', '38', 'Tiêu chí điểm công cộng văn minh đô thị (địa phương)', 'Chương trình phối hợp 1995/CTrPH-UBND-UB.MTTQ', '2017-01-01', null,
    null, null, null, null, null, null, 'Chủ tịch UBND cấp xã', null, null, null, 'Do địa phương quy định', 'Bộ tiêu chí địa phương: cán bộ nhập.'),
(20, 'CIVILISED_STREET', 'LOCAL-VMDT', '38', 'Tiêu chí tuyến đường văn minh đô thị (địa phương)', 'Chương trình phối hợp 1995/CTrPH-UBND-UB.MTTQ', '2017-01-01', null,
    null, null, null, null, null, null, 'Chủ tịch UBND cấp xã', null, null, null, 'Do địa phương quy định', 'Bộ tiêu chí địa phương: cán bộ nhập.');
select setval('recognition_criteria_set_id_seq', 100);

insert into recognition_criterion (set_id, position, code, text, exclusion, legal_basis) values
(1, 1, '1', 'Gia đình ấm no, hòa thuận, tiến bộ, khỏe mạnh và hạnh phúc', false, 'TT 12/2011 Điều 3 [chưa xác minh]'),
(1, 2, '2', 'Thực hiện tốt nghĩa vụ công dân', false, 'TT 12/2011 Điều 3 [chưa xác minh]'),
(1, 3, '3', 'Đoàn kết, tương trợ trong cộng đồng dân cư', false, 'TT 12/2011 Điều 3 [chưa xác minh]'),
(2, 1, '1', 'Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; tích cực tham gia các phong trào thi đua của địa phương nơi cư trú', false, 'NĐ 122/2018 Điều 8 khoản 1'),
(2, 2, '2', 'Gia đình hòa thuận, hạnh phúc, tiến bộ; tương trợ giúp đỡ mọi người trong cộng đồng', false, 'NĐ 122/2018 Điều 8 khoản 2'),
(2, 3, '3', 'Tổ chức lao động, sản xuất, kinh doanh, công tác, học tập đạt năng suất, chất lượng, hiệu quả', false, 'NĐ 122/2018 Điều 8 khoản 3'),
(2, 1, 'L1', 'Có thành viên bị truy cứu trách nhiệm hình sự hoặc bị áp dụng biện pháp xử lý hành chính', true, 'NĐ 122/2018'),
(2, 2, 'L2', 'Có thành viên không thực hiện nghĩa vụ quân sự hoặc nghĩa vụ thuế', true, 'NĐ 122/2018'),
(2, 3, 'L3', 'Bị xử phạt vi phạm hành chính về xây dựng, phòng cháy chữa cháy hoặc môi trường', true, 'NĐ 122/2018'),
(2, 4, 'L4', 'Tảo hôn, kết hôn cận huyết thống', true, 'NĐ 122/2018'),
(2, 5, 'L5', 'Có hành vi bạo lực gia đình bị xử phạt', true, 'NĐ 122/2018'),
(2, 6, 'L6', 'Vi phạm tệ nạn xã hội (ma túy, mại dâm, trộm cắp, cờ bạc)', true, 'NĐ 122/2018'),
(2, 7, 'L7', 'Tham gia tụ tập đông người gây mất trật tự', true, 'NĐ 122/2018'),
(3, 1, 'I', 'Thực hiện tốt chủ trương của Đảng, chính sách, pháp luật; nếp sống văn minh trong việc cưới, việc tang, lễ hội; an ninh trật tự, phòng cháy chữa cháy; quy định về tiếng ồn', false, 'NĐ 86/2023 Phụ lục I mục I'),
(3, 2, 'II', 'Tích cực tham gia các phong trào thi đua: bảo vệ di tích, môi trường; nhân đạo, đền ơn đáp nghĩa, khuyến học; thành viên trong độ tuổi lao động có việc làm hợp pháp; trẻ em trong độ tuổi đi học được đến trường', false, 'NĐ 86/2023 Phụ lục I mục II'),
(3, 3, 'III', 'Gia đình no ấm, tiến bộ, hạnh phúc, văn minh, đoàn kết: thực hiện Bộ tiêu chí ứng xử trong gia đình; chính sách dân số, hôn nhân và gia đình; bình đẳng giới', false, 'NĐ 86/2023 Phụ lục I mục III'),
(3, 1, 'L1', 'Có thành viên bị truy cứu trách nhiệm hình sự', true, 'NĐ 86/2023 khoản 4 Điều 6'),
(3, 2, 'L2', 'Có thành viên không thực hiện nghĩa vụ quân sự hoặc nghĩa vụ thuế', true, 'NĐ 86/2023 khoản 4 Điều 6'),
(3, 3, 'L3', 'Bị xử phạt vì tảo hôn, vi phạm chế độ hôn nhân một vợ một chồng, kết hôn, ly hôn', true, 'NĐ 86/2023 khoản 4 Điều 6'),
(3, 4, 'L4', 'Bị xử phạt về trật tự công cộng, đánh bạc trái phép, tệ nạn xã hội, phòng cháy chữa cháy và cứu nạn cứu hộ', true, 'NĐ 86/2023 khoản 4 Điều 6'),
(3, 5, 'L5', 'Có thành viên bị xử phạt vì bạo lực gia đình', true, 'NĐ 86/2023 khoản 4 Điều 6'),
(4, 1, '1', 'Đời sống kinh tế ổn định và từng bước phát triển', false, 'TT 12/2011 [chưa xác minh]'),
(4, 2, '2', 'Đời sống văn hóa, tinh thần lành mạnh, phong phú', false, 'TT 12/2011 [chưa xác minh]'),
(4, 3, '3', 'Môi trường cảnh quan sạch đẹp', false, 'TT 12/2011 [chưa xác minh]'),
(4, 4, '4', 'Chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước', false, 'TT 12/2011 [chưa xác minh]'),
(4, 5, '5', 'Có tinh thần đoàn kết, tương trợ, giúp đỡ lẫn nhau trong cộng đồng', false, 'TT 12/2011 [chưa xác minh]'),
(5, 1, '1', 'Đời sống kinh tế ổn định và từng bước phát triển: việc làm; thu nhập bình quân cao hơn bình quân của tỉnh; tỷ lệ hộ nghèo, cận nghèo thấp hơn bình quân; nhà ở kiên cố, không có nhà dột nát; đường giao thông được cứng hóa', false, 'NĐ 122/2018 Điều 12 khoản 1'),
(5, 2, '2', 'Đời sống văn hóa, tinh thần lành mạnh, phong phú: nhà văn hóa, sân thể thao; trẻ em được đến trường, phổ cập THCS; hoạt động văn hóa, điểm đọc sách, hòa giải; giữ gìn truyền thống, di tích', false, 'NĐ 122/2018 Điều 12 khoản 2'),
(5, 3, '3', 'Môi trường cảnh quan sạch đẹp', false, 'NĐ 122/2018 Điều 12 khoản 3'),
(5, 4, '4', 'Chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước', false, 'NĐ 122/2018 Điều 12 khoản 4'),
(5, 5, '5', 'Có tinh thần đoàn kết, tương trợ, giúp đỡ lẫn nhau trong cộng đồng', false, 'NĐ 122/2018 Điều 12 khoản 5'),
(6, 1, 'I', 'Kinh tế: tỷ lệ lao động trong độ tuổi có việc làm; tỷ lệ hộ nghèo, cận nghèo thấp; ngành nghề truyền thống; tham gia phong trào địa phương', false, 'NĐ 86/2023 Phụ lục II mục I'),
(6, 2, 'II', 'Văn hóa: nhà văn hóa, sân thể thao, điểm đọc sách; trẻ em đến trường; hoạt động văn hóa thể thao; tỷ lệ hộ thực hiện nếp sống văn minh trong việc cưới, việc tang, lễ hội; hòa giải, phòng chống tệ nạn xã hội; di sản', false, 'NĐ 86/2023 Phụ lục II mục II'),
(6, 3, 'III', 'Môi trường an toàn, cảnh quan sạch đẹp: sản xuất kinh doanh đáp ứng quy định môi trường; mai táng, hỏa táng theo quy hoạch', false, 'NĐ 86/2023 Phụ lục II mục III'),
(6, 4, 'IV', 'Chấp hành pháp luật, bảo đảm trật tự, an toàn xã hội, tích cực tham gia phong trào thi đua', false, 'Luật TĐKT 2022 Điều 30'),
(6, 5, 'V', 'Đoàn kết, tương trợ giúp đỡ lẫn nhau trong cộng đồng', false, 'Luật TĐKT 2022 Điều 30'),
(8, 1, '1', 'Hoàn thành tốt nhiệm vụ', false, 'TT 08/2014 (dự thảo) [chưa xác minh]'),
(8, 2, '2', 'Xây dựng nếp sống văn minh, môi trường văn hóa công sở', false, 'TT 08/2014 (dự thảo) [chưa xác minh]'),
(8, 3, '3', 'Chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước', false, 'TT 08/2014 (dự thảo) [chưa xác minh]'),
(9, 1, '1', 'Sản xuất, kinh doanh ổn định, phát triển', false, 'TT 08/2014 (dự thảo) [chưa xác minh]'),
(9, 2, '2', 'Xây dựng môi trường văn hóa doanh nghiệp', false, 'TT 08/2014 (dự thảo) [chưa xác minh]'),
(9, 3, '3', 'Chăm lo đời sống vật chất, tinh thần của người lao động', false, 'TT 08/2014 (dự thảo) [chưa xác minh]'),
(9, 4, '4', 'Chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước', false, 'TT 08/2014 (dự thảo) [chưa xác minh]');

-- The 19 criteria of a new rural commune, the same five groups in both periods (renamed items for 2021–2025).
insert into recognition_criterion (set_id, position, code, text, exclusion, legal_basis)
select s.set_id, c.n, c.n::text, c.name_2016, false, 'QĐ 1980/QĐ-TTg, tiêu chí ' || c.n
from (values (12)) s(set_id), (values
 (1, 'Quy hoạch'), (2, 'Giao thông'), (3, 'Thủy lợi'), (4, 'Điện'), (5, 'Trường học'), (6, 'Cơ sở vật chất văn hóa'),
 (7, 'Cơ sở hạ tầng thương mại nông thôn'), (8, 'Thông tin và Truyền thông'), (9, 'Nhà ở dân cư'), (10, 'Thu nhập'),
 (11, 'Hộ nghèo'), (12, 'Lao động có việc làm'), (13, 'Tổ chức sản xuất'), (14, 'Giáo dục và Đào tạo'), (15, 'Y tế'),
 (16, 'Văn hóa'), (17, 'Môi trường và an toàn thực phẩm'), (18, 'Hệ thống chính trị và tiếp cận pháp luật'),
 (19, 'Quốc phòng và An ninh')) c(n, name_2016);
insert into recognition_criterion (set_id, position, code, text, exclusion, legal_basis)
select 13, c.n, c.n::text, c.name, false, 'QĐ 318/QĐ-TTg, tiêu chí ' || c.n
from (values
 (1, 'Quy hoạch'), (2, 'Giao thông'), (3, 'Thủy lợi và phòng, chống thiên tai'), (4, 'Điện'), (5, 'Trường học'),
 (6, 'Cơ sở vật chất văn hóa'), (7, 'Cơ sở hạ tầng thương mại nông thôn'), (8, 'Thông tin và Truyền thông'),
 (9, 'Nhà ở dân cư'), (10, 'Thu nhập'), (11, 'Nghèo đa chiều'), (12, 'Lao động'),
 (13, 'Tổ chức sản xuất và phát triển kinh tế nông thôn'), (14, 'Giáo dục và Đào tạo'), (15, 'Y tế'), (16, 'Văn hóa'),
 (17, 'Môi trường và an toàn thực phẩm'), (18, 'Hệ thống chính trị và tiếp cận pháp luật'),
 (19, 'Quốc phòng và An ninh')) c(n, name);
