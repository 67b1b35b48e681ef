/**
 * The programmes that run the campaign in a unit: the coordination programme of a town's People's Committee and its
 * Fatherland Front committee (in the demo, Chương trình phối hợp số 1995/CTrPH-UBND-UB.MTTQ of thị xã Bỉm Sơn,
 * 2017–2020), its issuing bodies, number, date, place, period and legal bases, the five contents of the campaign,
 * and the targets of its section III, each with what it counts, over which population, the kind of goal and the
 * year it is due; a target can be allocated down to communes and residential areas. Programmes of several periods
 * live side by side; Front officers edit them, every change leaves an audit entry. Depends on {@code shared} and on
 * the public API of {@code territory}; which indicator measures a target is a code, resolved by the
 * {@code indicators} module through {@link vn.chungsuc.campaign.IndicatorChoices}.
 *
 * <p>Glossary: chương trình phối hợp – coordination programme ({@code Programme}); cuộc vận động – the campaign;
 * căn cứ – legal basis; nội dung – content (one of five); chỉ tiêu – target ({@code Target}); mục tiêu – goal
 * ({@code Goal}); phấn đấu đạt – aim to reach; nông thôn mới – new rural area; đô thị văn minh – civilised urban area;
 * phân bổ / giao chỉ tiêu – allocation of a target to a unit ({@code Allocation}); thị xã – district-level town;
 * UBND – People's Committee; UB MTTQ – Fatherland Front committee.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "territory"})
package vn.chungsuc.campaign;
