/**
 * Indicators and progress against the programme's targets. An indicator is a numerator over a denominator, either
 * entered by officers for a commune or residential area and period (enter → submit → approve, with comments and
 * history; who approves is configuration per unit and date, {@code Approvers}, with a default that follows the unit
 * tree on the figure's date: the level above, or the commune's own People's Committee where no district stands
 * above it) or computed from the counts feature modules publish through
 * {@link vn.chungsuc.shared.stats.StatisticSource}. Approved values and counts become facts at the unit where the
 * records sit; figures roll the facts up the unit tree of any date (records of xã Hà Lan count under phường Đông Sơn
 * once the view asks for units after the 2019 merger) and are kept current as each fact changes, from approvals and
 * from {@link vn.chungsuc.shared.stats.StatisticChanged} (heard by Spring Modulith module listeners, so a change
 * whose recount was cut short is delivered again), so the dashboard reads pre-aggregated numbers; a full
 * recomputation gives the same figures. The dashboard shows every target of a programme for a unit and a year or
 * half-year: value, goal, status, trend, breakdown, the records behind a number, completeness of entry, and an
 * Excel export. Depends on {@code shared}, the public API of {@code territory} and of {@code campaign}.
 *
 * <p>Glossary: chỉ số – indicator ({@code Indicator}); tử số / mẫu số – numerator / denominator; kỳ báo cáo – period
 * (a year, or its first six months: 6 tháng đầu năm); nhập số liệu – entry ({@code Entry}); gửi duyệt – submit;
 * phê duyệt – approve; người duyệt – approver ({@code Approver}); cơ quan chủ trì – the body owning an
 * indicator; trả lại – return for correction; cấp trên – the level above; số liệu – figure;
 * tổng hợp – roll-up; tiến độ – progress; đạt – achieved; đúng tiến độ – on track; có nguy cơ – at risk;
 * chậm tiến độ – off track; mức độ đầy đủ – completeness.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "territory", "campaign"})
package vn.chungsuc.indicators;
