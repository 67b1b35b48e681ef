/**
 * The poverty register (rà soát hộ nghèo, hộ cận nghèo). Poverty standards are versioned rule sets kept as data, each
 * citing its legal basis and selected by the year a list is for (QĐ 59/2015/QĐ-TTg for 2016–2021, NĐ 07/2021/NĐ-CP
 * for 2022–2026, NĐ 351/2025/NĐ-CP for 2027–2030), with the survey-score variants of TT 17/2016 (amended by TT
 * 14/2018) and TT 07/2021. A commune's review round walks the six steps of QĐ 24/2021/QĐ-TTg in order; its
 * decision fixes the lists of poor and near-poor households, which hold until the next decision. Every
 * classification explains itself: income against the line, each indicator deprived or not, the rule that decided,
 * the standard used; an officer's override keeps the computed result beside it. The module publishes the metrics
 * {@code poverty.poor-households} and {@code poverty.near-poor-households} (counted at the household's residential
 * area, from the list in force on the date). Depends on {@code shared} and the public APIs of {@code territory} and
 * {@code registry}.
 *
 * <p>Glossary: hộ nghèo – poor household ({@code POOR}); hộ cận nghèo – near-poor household ({@code NEAR_POOR});
 * chuẩn nghèo – poverty standard / poverty line ({@code Standard}); chuẩn cận nghèo – near-poverty line; chỉ số
 * thiếu hụt – deprivation indicator; thu nhập bình quân đầu người/tháng – monthly income per person; nông thôn /
 * thành thị – rural / urban; rà soát định kỳ / thường xuyên – periodic / ongoing review ({@code Round}); Phiếu A –
 * quick-screen form; Phiếu B – scoring form (điểm A / B1 income proxy, điểm B / B2 deprivation score); họp dân –
 * village meeting; biên bản – minutes; niêm yết công khai – public posting; khiếu nại – objection; thoát nghèo /
 * thoát cận nghèo – exited poor / near-poor; tái nghèo – fell back into poverty; giấy chứng nhận – certificate;
 * tổ chức giúp đỡ – supporting organisation; bản nháp (phiếu B chuyển từ năm trước) – draft carried over
 * ({@code BulkSurveys.Draft}), counted nowhere until the officer confirms it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "territory", "registry"})
package vn.chungsuc.poverty;
