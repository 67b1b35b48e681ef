/**
 * Titles (danh hiệu) and their yearly rounds. Titles, regimes and criteria sets are data with effective dates and
 * legal bases: the three regimes of the cultural-family and residential-area titles (TT 12/2011 until 04/11/2018,
 * NĐ 122/2018 from 05/11/2018, NĐ 86/2023 from 30/01/2024), the national criteria of a new rural commune (QĐ
 * 1980/QĐ-TTg, QĐ 318/QĐ-TTg), the agency standards (TT 08/2014), civilised wards and the local sets. Each set
 * carries its procedure parameters (quorum and approval shares, posting days, deadlines, who decides); a province
 * may copy and adapt a set. A residential area's yearly round lists its households, registers and scores them
 * (exclusions make a household ineligible, with their reason), records the meeting and the vote per household, the
 * public posting and objections, and sends the dossier; a decision then recognises the subjects and publishes one
 * award per subject and year, which {@link vn.chungsuc.shared.stats.StatisticSource} counts for the indicators.
 * Depends on {@code shared} and the public APIs of {@code territory} and {@code registry}.
 *
 * <p>Glossary: danh hiệu – title ({@code Title}); Gia đình văn hóa (GĐVH) – cultural family; Thôn/Tổ dân phố văn
 * hóa, khu dân cư văn hóa – cultural residential area; Cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa – cultural
 * agency; Xã đạt chuẩn nông thôn mới (NTM) – new rural commune; Phường đạt chuẩn văn minh đô thị – civilised ward;
 * Công dân gương mẫu – exemplary citizen; Gia đình kiểu mẫu – model family; bộ tiêu chí – criteria set
 * ({@code CriteriaSet}); tiêu chuẩn, tiêu chí – criterion; trường hợp không xét – exclusion; chế độ pháp lý –
 * regime; đăng ký thi đua – registration; chấm điểm, tự đánh giá – scoring; họp bình xét – the scoring meeting
 * ({@code meeting}); số người được mời / dự họp – invitees / attendees; biểu quyết, đồng ý – vote, agree; niêm yết
 * công khai – public posting; ý kiến phản ánh – objection; hồ sơ đề nghị – dossier; quyết định công nhận –
 * decision; người ký – signer; Giấy công nhận – certificate; Giấy khen – commendation; năm liên tục – consecutive
 * years; trưởng khu dân cư – area head.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "territory", "registry"})
package vn.chungsuc.recognition;
