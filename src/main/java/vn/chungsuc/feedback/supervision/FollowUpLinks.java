package vn.chungsuc.feedback.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.feedback.FeedbackPermissions;
import vn.chungsuc.feedback.domain.Reports;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.tasks.FollowUpTasks;
import vn.chungsuc.shared.tasks.FollowUpTasks.FollowUpRequest;
import vn.chungsuc.shared.tasks.FollowUpTasks.FollowUpState;
import vn.chungsuc.shared.tasks.FollowUpTasks.PlanChoice;
import vn.chungsuc.shared.time.Today;

/**
 * The closed loop: a citizen's report or a finding of the supervision becomes a task of a programme's plan through
 * {@link FollowUpTasks} (implemented by the plan module, which this module does not know), naming the target it
 * affects; this module keeps the task's id, reads its state back, and once the task is done resolves it with the
 * value of the target's indicator it changed. One task per report or finding. Opening one needs the Front's
 * {@code report.followup} on the record's commune (and, in the plan, the right to edit that plan).
 */
@Service("feedbackFollowUps")
@Transactional(readOnly = true)
public class FollowUpLinks {

    static final String AUDIT = "feedback.followup";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final JdbcClient jdbc;
    private final ObjectProvider<FollowUpTasks> tasks;
    private final Reports reports;
    private final Supervision supervision;
    private final FeedbackPermissions permissions;
    private final MessageSource messages;
    private final Today today;
    private final AuditLog audit;

    FollowUpLinks(JdbcClient jdbc, ObjectProvider<FollowUpTasks> tasks, Reports reports, Supervision supervision,
            FeedbackPermissions permissions, MessageSource messages, Today today, AuditLog audit) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.reports = reports;
        this.supervision = supervision;
        this.permissions = permissions;
        this.messages = messages;
        this.today = today;
        this.audit = audit;
    }

    /** What a record's page shows: whether a task may be made, and the task's state when there is one. */
    public record Status(boolean available, boolean mayOpen, Long taskId, FollowUpState state) {
    }

    /** What the form proposes, from the record. */
    public record Draft(String kind, long id, String title, String leadBody, String unitCode, String source,
            String sourceLink, Integer contentArea, String back, List<PlanChoice> choices) {
    }

    public boolean available() {
        return tasks.getIfAvailable() != null;
    }

    private Optional<Long> taskOf(String kind, long id) {
        return jdbc.sql("select task_id from feedback_followup where source_kind = :k and source_id = :id")
                .param("k", kind).param("id", id).query(Long.class).optional();
    }

    /** For the report's page (its view was checked by the page). */
    public Status ofReport(long reportId, String communeCode, LocalDate on) {
        return status("REPORT", reportId, communeCode, on);
    }

    /** For a finding on its plan's page. */
    public Status ofFinding(long findingId, String communeCode, LocalDate on) {
        return status("FINDING", findingId, communeCode, on);
    }

    private Status status(String kind, long id, String commune, LocalDate on) {
        FollowUpTasks t = tasks.getIfAvailable();
        Optional<Long> task = taskOf(kind, id);
        boolean may = t != null && task.isEmpty() && permissions.may("report.followup", commune, on);
        return new Status(t != null, may, task.orElse(null),
                task.isPresent() && t != null ? t.stateOf(task.get()).orElse(null) : null);
    }

    public Draft draftForReport(long reportId) {
        Reports.View v = reports.officerView(reportId);
        Reports.Report r = v.report();
        check(r.communeCode(), r.receivedOn());
        String title = messages.getMessage("feedback.followup.title.report", new Object[] {r.publicNo(),
                abbreviate(r.description(), 300)}, VIETNAMESE);
        return new Draft("REPORT", reportId, title, r.bodyCode(), r.areaCode() == null ? r.communeCode()
                : r.areaCode(), messages.getMessage("feedback.followup.source.report", new Object[] {r.publicNo()},
                        VIETNAMESE), "/feedback/" + reportId, null, "/feedback/" + reportId, choices());
    }

    public Draft draftForFinding(long findingId) {
        Supervision.FindingView fv = supervision.finding(findingId);
        check(fv.plan().communeCode(), fv.plan().from());
        String title = messages.getMessage("feedback.followup.title.finding", new Object[] {
                abbreviate(fv.finding().recommendation(), 400)}, VIETNAMESE);
        return new Draft("FINDING", findingId, title, fv.plan().bodyCode(), fv.plan().communeCode(),
                messages.getMessage("feedback.followup.source.finding", new Object[] {fv.plan().subject()
                        .length() > 200 ? fv.plan().subject().substring(0, 200) : fv.plan().subject()}, VIETNAMESE),
                "/feedback/supervision/" + fv.plan().id(), 5, "/feedback/supervision/" + fv.plan().id(), choices());
    }

    private void check(String commune, LocalDate on) {
        if (!permissions.may("report.followup", commune, on)) {
            throw new AccessDeniedException("may not make a task of this record");
        }
        if (tasks.getIfAvailable() == null) {
            throw new Refused("task", "feedback.followup.unavailable");
        }
    }

    private List<PlanChoice> choices() {
        FollowUpTasks t = tasks.getIfAvailable();
        return t == null ? List.of() : t.choices();
    }

    /** What the form sends. */
    public record TaskForm(String programme, String target, String title, String due) {
    }

    @Transactional
    public long open(Draft d, TaskForm f) {
        if (taskOf(d.kind(), d.id()).isPresent()) {
            throw new Refused("task", "feedback.followup.exists");
        }
        long programme;
        Long target = null;
        try {
            programme = Long.parseLong(f.programme() == null ? "" : f.programme().strip());
            if (f.target() != null && !f.target().isBlank()) {
                target = Long.parseLong(f.target().strip());
            }
        } catch (NumberFormatException e) {
            throw new Refused("programme", "feedback.followup.programme.invalid");
        }
        long taskId = tasks.getObject().open(new FollowUpRequest(programme, target, f.title(), d.leadBody(),
                d.unitCode(), f.due(), d.contentArea(), d.source(), d.sourceLink()));
        jdbc.sql("insert into feedback_followup (source_kind, source_id, task_id, created_on, created_by) "
                + "values (:k, :id, :t, :on, :by)").param("k", d.kind()).param("id", d.id()).param("t", taskId)
                .param("on", today.date()).param("by", permissions.username()).update();
        audit.record("CREATE", AUDIT, d.kind() + "-" + d.id(), "Tạo nhiệm vụ từ " + d.source(), null,
                java.util.Map.of("task", taskId, "source", d.source()));
        return taskId;
    }

    /** Resolves the record's task once the plan says it is done, with the indicator value it changed. */
    @Transactional
    public void resolve(Draft d, String value, String note) {
        long taskId = taskOf(d.kind(), d.id()).orElseThrow(() -> new Refused("task", "feedback.followup.none"));
        tasks.getObject().resolve(taskId, value, note);
        audit.record("RESOLVE", AUDIT, d.kind() + "-" + d.id(), "Kết thúc nhiệm vụ từ " + d.source(), null,
                java.util.Map.of("task", taskId, "value", value == null ? "" : value));
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
