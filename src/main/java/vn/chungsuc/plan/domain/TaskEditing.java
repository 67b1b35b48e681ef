package vn.chungsuc.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.campaign.TargetView;
import vn.chungsuc.plan.PlanPermissions;
import vn.chungsuc.plan.Recurrence;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.territory.Bodies;
import vn.chungsuc.territory.Body;
import vn.chungsuc.territory.TerritoryApi;

/**
 * Creating, editing and removing a programme's tasks: the Front (which co-ordinates the programme, 1995/CTrPH VI.2)
 * on the programme's unit. Every field is checked before anything is saved; every write is audited with the old and
 * new values; a task with tasks under it is not removed (its children first).
 */
@Service
@Transactional(readOnly = true)
public class TaskEditing {

    static final String AUDIT = "plan.task";
    static final int MAX_TITLE = 4000;

    private final PlanStore store;
    private final CampaignApi campaign;
    private final Bodies bodies;
    private final TerritoryApi territory;
    private final PlanPermissions permissions;
    private final AuditLog audit;

    TaskEditing(PlanStore store, CampaignApi campaign, Bodies bodies, TerritoryApi territory,
            PlanPermissions permissions, AuditLog audit) {
        this.store = store;
        this.campaign = campaign;
        this.bodies = bodies;
        this.territory = territory;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** What the form sends, as typed. */
    public record TaskForm(String parent, String number, String title, String leadBody, List<String> cooperating,
            String contentArea, String units, String due, String recurrence, String yearFrom, String yearTo,
            List<String> targets, String weight) {

        public TaskForm {
            cooperating = cooperating == null ? List.of() : List.copyOf(cooperating);
            targets = targets == null ? List.of() : List.copyOf(targets);
        }

        public static TaskForm of(Task t) {
            return new TaskForm(t.parentId() == null ? "" : String.valueOf(t.parentId()), t.number(), t.title(),
                    t.leadBody() == null ? "" : t.leadBody(), t.cooperatingBodies(),
                    t.contentArea() == null ? "" : String.valueOf(t.contentArea()), String.join(", ", t.units()),
                    t.due() == null ? "" : t.due().toString(), t.recurrence().name(), String.valueOf(t.yearFrom()),
                    String.valueOf(t.yearTo()), t.targets().stream().map(String::valueOf).toList(),
                    String.valueOf(t.weight()));
        }

        public static TaskForm blank(ProgrammeView p, Long parent) {
            return new TaskForm(parent == null ? "" : String.valueOf(parent), "", "", "", List.of(), "", "", "",
                    Recurrence.YEARLY.name(), String.valueOf(p.periodFrom()), String.valueOf(p.periodTo()), List.of(),
                    "1");
        }
    }

    /** What the form offers: the programme, its tasks (as parents), the bodies of its unit and its targets. */
    public record Choices(ProgrammeView programme, List<Task> tasks, List<Body> bodies, List<TargetView> targets) {
    }

    public ProgrammeView programme(long programmeId) {
        ProgrammeView p = campaign.programme(programmeId)
                .orElseThrow(() -> new NotFound("programme", "plan.programme.unknown", programmeId));
        if (!permissions.may("task.edit", p.unitCode(), p.issuedOn())) {
            throw new AccessDeniedException("may not edit the plan of " + programmeId);
        }
        return p;
    }

    public boolean mayEdit(ProgrammeView p) {
        return permissions.may("task.edit", p.unitCode(), p.issuedOn());
    }

    public Choices choices(long programmeId) {
        ProgrammeView p = programme(programmeId);
        List<Body> all = new ArrayList<>(bodies.of(p.unitCode(), p.issuedOn()));
        return new Choices(p, store.tasks(programmeId), all, campaign.targets(programmeId));
    }

    /** The task, after the edit check on its programme. */
    public Task task(long taskId) {
        long programmeId = store.programmeOf(taskId)
                .orElseThrow(() -> new NotFound("task", "plan.task.unknown", taskId));
        programme(programmeId);
        return store.tasks(programmeId).stream().filter(t -> t.id() == taskId).findFirst().orElseThrow();
    }

    @Transactional
    public long create(long programmeId, TaskForm form) {
        Choices c = choices(programmeId);
        Task t = check(c, form, null);
        int position = store.positionAfter(programmeId, t.parentId());
        Task placed = new Task(0, programmeId, t.parentId(), position, t.number(), t.title(), t.leadBody(),
                t.contentArea(), t.due(), t.recurrence(), t.yearFrom(), t.yearTo(), t.weight(),
                t.cooperatingBodies(), t.units(), t.targets());
        long id = store.insert(placed);
        audit.record("CREATE", AUDIT, String.valueOf(id), "Thêm nhiệm vụ " + t.number(), null, value(placed));
        return id;
    }

    @Transactional
    public void update(long taskId, TaskForm form) {
        Task old = task(taskId);
        Choices c = choices(old.programmeId());
        Task t = check(c, form, old);
        Task saved = new Task(taskId, old.programmeId(), t.parentId(), old.position(), t.number(), t.title(),
                t.leadBody(), t.contentArea(), t.due(), t.recurrence(), t.yearFrom(), t.yearTo(), t.weight(),
                t.cooperatingBodies(), t.units(), t.targets());
        store.update(saved);
        audit.record("UPDATE", AUDIT, String.valueOf(taskId), "Sửa nhiệm vụ " + t.number(), value(old),
                value(saved));
    }

    /** What removing the task takes with it, for the confirmation page. */
    public record Removal(Task task, int children, int reports) {
    }

    public Removal removal(long taskId) {
        Task t = task(taskId);
        int children = (int) store.tasks(t.programmeId()).stream().filter(x -> Long.valueOf(taskId)
                .equals(x.parentId())).count();
        return new Removal(t, children, store.reportCount(taskId));
    }

    @Transactional
    public long delete(long taskId) {
        Removal r = removal(taskId);
        if (r.children() > 0) {
            throw new Refused("task", "plan.edit.delete.children", r.task().number(), r.children());
        }
        store.delete(taskId);
        Map<String, Object> old = value(r.task());
        old.put("reports", r.reports());
        audit.record("DELETE", AUDIT, String.valueOf(taskId), "Xóa nhiệm vụ " + r.task().number(), old, null);
        return r.task().programmeId();
    }

    private static Map<String, Object> value(Task t) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("number", t.number());
        v.put("parent", t.parentId());
        v.put("title", t.title());
        v.put("leadBody", t.leadBody());
        v.put("cooperatingBodies", t.cooperatingBodies());
        v.put("contentArea", t.contentArea());
        v.put("units", t.units());
        v.put("due", t.due() == null ? null : t.due().toString());
        v.put("recurrence", t.recurrence().name());
        v.put("years", t.yearFrom() + "-" + t.yearTo());
        v.put("targets", t.targets());
        v.put("weight", t.weight());
        return v;
    }

    /** Every field bounded and checked against the programme's data; all faults at once. */
    private Task check(Choices c, TaskForm f, Task old) {
        ProgrammeView p = c.programme();
        List<Refused.Reason> wrong = new ArrayList<>();
        Long parent = null;
        if (f.parent() != null && !f.parent().isBlank()) {
            Optional<Task> found = parse(f.parent()).flatMap(id -> c.tasks().stream().filter(t -> t.id() == id)
                    .findFirst());
            if (found.isEmpty() || old != null && descends(found.get(), old.id(), c.tasks())) {
                wrong.add(Refused.Reason.of("parent", "plan.edit.parent.invalid"));
            } else {
                parent = found.get().id();
            }
        }
        String number = f.number() == null ? "" : f.number().strip();
        if (!number.matches("[A-Za-z0-9.]{1,20}")) {
            wrong.add(Refused.Reason.of("number", "plan.edit.number.invalid"));
        } else if (c.tasks().stream().anyMatch(t -> t.number().equals(number) && (old == null || t.id() != old.id()))) {
            wrong.add(Refused.Reason.of("number", "plan.edit.number.taken", number));
        }
        String title = f.title() == null ? "" : f.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            wrong.add(Refused.Reason.of("title", "plan.edit.title.invalid", MAX_TITLE));
        }
        Set<String> known = new HashSet<>();
        c.bodies().forEach(b -> known.add(b.code()));
        if (old != null) {
            // a body that has since ended stays acceptable on the task that already names it
            if (old.leadBody() != null) {
                known.add(old.leadBody());
            }
            known.addAll(old.cooperatingBodies());
        }
        String lead = f.leadBody() == null || f.leadBody().isBlank() ? null : f.leadBody().strip();
        if (lead != null && !known.contains(lead)) {
            wrong.add(Refused.Reason.of("leadBody", "plan.edit.body.unknown"));
        }
        Set<String> cooperating = new LinkedHashSet<>();
        for (String b : f.cooperating()) {
            if (b == null || b.isBlank()) {
                continue;
            }
            if (!known.contains(b.strip())) {
                wrong.add(Refused.Reason.of("cooperating", "plan.edit.body.unknown"));
                break;
            }
            if (!b.strip().equals(lead)) {
                cooperating.add(b.strip());
            }
        }
        Integer content = null;
        if (f.contentArea() != null && !f.contentArea().isBlank()) {
            content = parse(f.contentArea()).map(Long::intValue)
                    .filter(n -> p.contents().stream().anyMatch(x -> x.number() == n)).orElse(null);
            if (content == null) {
                wrong.add(Refused.Reason.of("contentArea", "plan.edit.content.invalid"));
            }
        }
        List<String> units = new ArrayList<>();
        String unitText = f.units() == null ? "" : f.units();
        if (unitText.length() > 2000) {
            wrong.add(Refused.Reason.of("units", "plan.edit.units.many"));
        } else {
            for (String u : unitText.split("[,;\\s]+")) {
                if (u.isBlank() || units.contains(u)) {
                    continue;
                }
                if (u.length() > 40 || territory.versions(u, UnitScope.ALL).isEmpty()) {
                    wrong.add(Refused.Reason.of("units", "plan.filter.unit.unknown", u));
                } else {
                    units.add(u);
                }
            }
        }
        Recurrence recurrence = java.util.Arrays.stream(Recurrence.values())
                .filter(r -> r.name().equals(f.recurrence())).findFirst().orElse(null);
        if (recurrence == null) {
            wrong.add(Refused.Reason.of("recurrence", "plan.edit.recurrence.invalid"));
        }
        Integer from = year(f.yearFrom(), p);
        Integer to = year(f.yearTo(), p);
        if (from == null || to == null || from > to) {
            wrong.add(Refused.Reason.of("yearFrom", "plan.edit.years.invalid", p.periodFrom(), p.periodTo()));
        }
        LocalDate due = null;
        if (f.due() != null && !f.due().isBlank()) {
            due = Dates.parse(f.due()).filter(d -> d.getYear() >= p.periodFrom() && d.getYear() <= p.periodTo())
                    .orElse(null);
            if (due == null) {
                wrong.add(Refused.Reason.of("due", "plan.edit.due.invalid", p.periodFrom(), p.periodTo()));
            } else if (recurrence != null && recurrence != Recurrence.NONE) {
                wrong.add(Refused.Reason.of("due", "plan.edit.due.recurring"));
            }
        }
        if (due != null && from != null && to != null && (due.getYear() < from || due.getYear() > to)) {
            wrong.add(Refused.Reason.of("due", "plan.edit.due.outside", from, to));
        }
        List<Long> targets = new ArrayList<>();
        for (String g : f.targets()) {
            Optional<Long> id = parse(g).filter(x -> c.targets().stream().anyMatch(t -> t.id() == x));
            if (id.isEmpty()) {
                wrong.add(Refused.Reason.of("targets", "plan.edit.target.unknown"));
                break;
            }
            if (!targets.contains(id.get())) {
                targets.add(id.get());
            }
        }
        Integer weight = parse(f.weight()).map(Long::intValue).filter(w -> w >= 1 && w <= 100).orElse(null);
        if (weight == null) {
            wrong.add(Refused.Reason.of("weight", "plan.edit.weight.invalid"));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        return new Task(old == null ? 0 : old.id(), p.id(), parent, 0, number, title, lead, content, due, recurrence,
                from, to, weight, List.copyOf(cooperating), units, targets);
    }

    private static boolean descends(Task candidate, long taskId, List<Task> all) {
        Map<Long, Task> byId = new LinkedHashMap<>();
        all.forEach(t -> byId.put(t.id(), t));
        Task at = candidate;
        while (at != null) {
            if (at.id() == taskId) {
                return true;
            }
            at = at.parentId() == null ? null : byId.get(at.parentId());
        }
        return false;
    }

    private static Integer year(String text, ProgrammeView p) {
        return parse(text).map(Long::intValue).filter(y -> y >= p.periodFrom() && y <= p.periodTo()).orElse(null);
    }

    private static Optional<Long> parse(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 18) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
