/**
 * The plan of a programme: its roadmap by year and its assignments by body (Bỉm Sơn 1995/CTrPH, sections V and VI)
 * as a tree of tasks, each with the body that leads it, the bodies that co-operate, the content of the campaign it
 * serves, the units it covers, a deadline or a recurrence (yearly, 6-monthly) and the targets it serves; the progress
 * each task's owner reports (text, a percentage and a state, files and links as evidence) and the roll-up of the
 * tree by a formula that is stored with the plan and shown with its weights. Depends on {@code shared} and on the
 * public APIs of {@code territory} (units, bodies) and {@code campaign} (programmes, contents, targets).
 *
 * <p>Glossary: lộ trình, tiến độ – roadmap ({@code Task} under section V); tổ chức thực hiện – assignments (section
 * VI); nhiệm vụ – task; chủ trì – leads ({@code leadBody}); phối hợp – co-operates ({@code cooperatingBodies});
 * hằng năm – yearly ({@code Recurrence.YEARLY}); định kỳ 6 tháng – 6-monthly ({@code Recurrence.HALF_YEARLY});
 * tiến độ – progress ({@code ProgressReport}); minh chứng – evidence; quá hạn – overdue; bình quân có trọng số –
 * weighted mean ({@code Formula.WEIGHTED_MEAN}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "territory", "campaign", "registry"})
package vn.chungsuc.plan;
