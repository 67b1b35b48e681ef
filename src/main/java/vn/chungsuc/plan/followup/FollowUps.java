package vn.chungsuc.plan.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.campaign.TargetView;
import vn.chungsuc.plan.PlanPermissions;
import vn.chungsuc.plan.Recurrence;
import vn.chungsuc.plan.domain.Formula;
import vn.chungsuc.plan.domain.PlanStore;
import vn.chungsuc.plan.domain.RollUp;
import vn.chungsuc.plan.domain.Task;
import vn.chungsuc.plan.domain.TaskStatus;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.tasks.FollowUpTasks;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.Bodies;
import vn.chungsuc.territory.TerritoryApi;

/**
 * The plan's side of {@link FollowUpTasks}: a report or a finding becomes a task of a programme's plan, under the
 * plan's group of follow-up tasks ("PS", made on the first one), naming the target it affects; its state is the
 * plan's own roll-up of the progress its lead body reports; once done, resolving it records the value the target's
 * indicator reached. Only who may edit the plan (the Front, 1995/CTrPH VI.2) opens one.
 */
@Service
@Transactional(readOnly = true)
class FollowUps implements FollowUpTasks {

    static final String AUDIT = "plan.tasksource";
    static final String GROUP = "PS";
    private static final int MAX_TITLE = 1000;

    private final PlanStore store;
    private final CampaignApi campaign;
    private final Bodies bodies;
    private final TerritoryApi territory;
    private final PlanPermissions permissions;
    private final AuditLog audit;
    private final Today today;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    FollowUps(PlanStore store, CampaignApi campaign, Bodies bodies, TerritoryApi territory,
            PlanPermissions permissions, AuditLog audit, Today today, JdbcClient jdbc, MessageSource messages) {
        this.store = store;
        this.campaign = campaign;
        this.bodies = bodies;
        this.territory = territory;
        this.permissions = permissions;
        this.audit = audit;
        this.today = today;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    private boolean mayEdit(ProgrammeView p) {
        return permissions.may("task.edit", p.unitCode(), p.issuedOn());
    }

    @Override
    public List<PlanChoice> choices() {
        List<PlanChoice> out = new ArrayList<>();
        for (ProgrammeView p : campaign.programmes()) {
            if (store.formula(p.id()).isEmpty() || !mayEdit(p)) {
                continue;
            }
            out.add(new PlanChoice(p.id(), p.number() + " (" + p.period() + ")", campaign.targets(p.id()).stream()
                    .map(t -> new TargetChoice(t.id(), t.code() + " " + (t.shortLabel() == null ? t.label()
                            : t.shortLabel()))).toList()));
        }
        return out;
    }

    @Override
    @Transactional
    public long open(FollowUpRequest r) {
        ProgrammeView p = campaign.programme(r.programmeId())
                .orElseThrow(() -> new Refused("programme", "plan.followup.programme.unknown"));
        if (!mayEdit(p)) {
            throw new AccessDeniedException("may not edit the plan of " + p.id());
        }
        List<Refused.Reason> wrong = new ArrayList<>();
        if (store.formula(p.id()).isEmpty()) {
            wrong.add(Refused.Reason.of("programme", "plan.followup.programme.noPlan"));
        }
        String title = r.title() == null ? "" : r.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            wrong.add(Refused.Reason.of("title", "plan.followup.title.invalid", MAX_TITLE));
        }
        Long target = null;
        if (r.targetId() != null) {
            Optional<TargetView> t = campaign.target(r.targetId()).filter(x -> x.programmeId() == p.id());
            if (t.isEmpty()) {
                wrong.add(Refused.Reason.of("target", "plan.followup.target.unknown"));
            } else {
                target = t.get().id();
            }
        }
        String lead = r.leadBody() == null || r.leadBody().isBlank() ? null : r.leadBody().strip();
        if (lead != null && bodies.find(lead).isEmpty()) {
            wrong.add(Refused.Reason.of("leadBody", "plan.edit.body.unknown"));
        }
        String unit = r.unitCode() == null ? "" : r.unitCode().strip();
        if (unit.isEmpty() || unit.length() > 40 || territory.versions(unit, UnitScope.ALL).isEmpty()) {
            wrong.add(Refused.Reason.of("unit", "plan.filter.unit.unknown", unit));
        }
        LocalDate due = today.date().plusDays(30);
        if (r.due() != null && !r.due().isBlank()) {
            due = Dates.parse(r.due()).filter(d -> !d.isBefore(today.date()) && d.isBefore(today.date()
                    .plusYears(6))).orElse(null);
            if (due == null) {
                wrong.add(Refused.Reason.of("due", "plan.followup.due.invalid"));
            }
        }
        Integer content = r.contentArea() == null ? null : p.contents().stream()
                .anyMatch(c -> c.number() == r.contentArea()) ? r.contentArea() : null;
        String source = r.source() == null ? "" : r.source().strip();
        if (source.isEmpty() || source.length() > 300) {
            wrong.add(Refused.Reason.of("source", "plan.followup.source.invalid"));
        }
        String link = r.sourceLink() == null || !r.sourceLink().matches("/[A-Za-z0-9/_-]{0,200}") ? null
                : r.sourceLink();
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        List<Task> tasks = store.tasks(p.id());
        Task group = tasks.stream().filter(t -> t.number().equals(GROUP)).findFirst().orElse(null);
        int year = due.getYear();
        if (group == null) {
            String name = messages.getMessage("plan.followup.group", null, Locale.forLanguageTag("vi"));
            Task g = new Task(0, p.id(), null, store.positionAfter(p.id(), null), GROUP, name, null, null, null,
                    Recurrence.NONE, Math.min(p.periodFrom(), today.year()), Math.max(p.periodTo(), year), 1,
                    List.of(), List.of(), List.of());
            group = new Task(store.insert(g), g.programmeId(), null, g.position(), GROUP, name, null, null, null,
                    Recurrence.NONE, g.yearFrom(), g.yearTo(), 1, List.of(), List.of(), List.of());
        } else if (group.yearTo() < year || group.yearFrom() > today.year()) {
            store.update(new Task(group.id(), p.id(), group.parentId(), group.position(), group.number(),
                    group.title(), group.leadBody(), group.contentArea(), group.due(), group.recurrence(),
                    Math.min(group.yearFrom(), today.year()), Math.max(group.yearTo(), year), group.weight(),
                    group.cooperatingBodies(), group.units(), group.targets()));
        }
        long groupId = group.id();
        int n = (int) tasks.stream().filter(t -> Long.valueOf(groupId).equals(t.parentId())).count() + 1;
        String number = GROUP + "." + n;
        while (true) {
            String candidate = number;
            if (tasks.stream().noneMatch(t -> t.number().equals(candidate))) {
                break;
            }
            number = GROUP + "." + (++n);
        }
        Task t = new Task(0, p.id(), groupId, store.positionAfter(p.id(), groupId), number, title, lead, content,
                due, Recurrence.NONE, Math.min(year, today.year()), year, 1, List.of(), List.of(unit),
                target == null ? List.of() : List.of(target));
        long id = store.insert(t);
        jdbc.sql("""
                insert into plan_task_source (task_id, source, source_link, target_id, requested_by, requested_on)
                values (:t, :s, :l, :g, :by, :on)""").param("t", id).param("s", source).param("l", link)
                .param("g", target).param("by", permissions.username()).param("on", today.date()).update();
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("number", number);
        value.put("title", title);
        value.put("leadBody", lead);
        value.put("due", due.toString());
        value.put("targets", target == null ? List.of() : List.of(target));
        value.put("source", source);
        audit.record("CREATE", AUDIT, String.valueOf(id), "Mở nhiệm vụ " + number + " từ " + source, null, value);
        return id;
    }

    private record Link(long taskId, Long targetId, LocalDate resolvedOn, BigDecimal value, String valueNote) {
    }

    private Optional<Link> link(long taskId) {
        return jdbc.sql("select task_id, target_id, resolved_on, value, value_note from plan_task_source where task_id = :t")
                .param("t", taskId).query((rs, i) -> new Link(rs.getLong(1), (Long) rs.getObject(2),
                        rs.getObject(3, LocalDate.class), rs.getBigDecimal(4), rs.getString(5))).optional();
    }

    @Override
    public Optional<FollowUpState> stateOf(long taskId) {
        Optional<Link> link = link(taskId);
        Optional<Long> programme = store.programmeOf(taskId);
        if (link.isEmpty() || programme.isEmpty()) {
            return Optional.empty();
        }
        List<Task> tasks = store.tasks(programme.get());
        Task task = tasks.stream().filter(t -> t.id() == taskId).findFirst().orElseThrow();
        Formula formula = store.formula(programme.get()).orElse(Formula.WEIGHTED_MEAN);
        TaskStatus s = RollUp.of(tasks, store.reports(programme.get()), formula, today.date()).get(taskId);
        Link l = link.get();
        String target = l.targetId() == null ? null : campaign.target(l.targetId())
                .map(t -> t.code() + " " + (t.shortLabel() == null ? t.label() : t.shortLabel())).orElse(null);
        return Optional.of(new FollowUpState(taskId, programme.get(), task.number(),
                s == null ? "NOT_STARTED" : s.state().name(), s == null ? 0 : s.percent(), s != null && s.overdue(),
                "/plan/tasks/" + taskId, target, l.resolvedOn() != null, l.value(), l.valueNote()));
    }

    @Override
    @Transactional
    public void resolve(long taskId, String valueText, String note) {
        FollowUpState s = stateOf(taskId).orElseThrow(() -> new Refused("task", "plan.followup.task.unknown"));
        ProgrammeView p = campaign.programme(s.programmeId()).orElseThrow();
        if (!mayEdit(p)) {
            throw new AccessDeniedException("may not edit the plan of " + p.id());
        }
        if (!s.done()) {
            throw new Refused("task", "plan.followup.resolve.notDone");
        }
        if (s.resolved()) {
            throw new Refused("task", "plan.followup.resolve.already");
        }
        BigDecimal value = null;
        if (valueText != null && !valueText.isBlank()) {
            try {
                value = new BigDecimal(valueText.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new Refused("value", "plan.followup.value.invalid");
            }
            if (valueText.strip().length() > 20 || value.abs().compareTo(new BigDecimal("1000000000000")) >= 0
                    || value.scale() > 2) {
                throw new Refused("value", "plan.followup.value.invalid");
            }
        }
        String n = note == null ? "" : note.strip();
        if (n.length() > 1000) {
            throw new Refused("note", "plan.followup.note.long", 1000);
        }
        jdbc.sql("""
                update plan_task_source set resolved_on = :on, resolved_by = :by, value = :v, value_note = :n
                where task_id = :t""").param("on", today.date()).param("by", permissions.username())
                .param("v", value).param("n", n.isEmpty() ? null : n).param("t", taskId).update();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("value", value == null ? null : value.toPlainString());
        v.put("note", n);
        audit.record("RESOLVE", AUDIT, String.valueOf(taskId), "Kết thúc nhiệm vụ " + s.number(), null, v);
    }

    /** Where a task of the plan comes from, for its page: empty for a task of the plan itself. */
    public Optional<String> sourceOf(long taskId) {
        return jdbc.sql("select source from plan_task_source where task_id = :t").param("t", taskId)
                .query(String.class).optional();
    }
}
