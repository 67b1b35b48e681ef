package vn.chungsuc.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.campaign.TargetView;
import vn.chungsuc.plan.PlanPermissions;
import vn.chungsuc.plan.Recurrence;
import vn.chungsuc.plan.TaskState;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.permission.Function;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.Bodies;
import vn.chungsuc.territory.Body;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * Reading a programme's plan with each task's status, and recording the progress a task's owner reports. Every
 * read of the plan checks that the user may view the programme's unit; a task's page and a report may instead be
 * allowed on the units the task covers (a ward's follow-up task in the dissolved town's programme). A report also
 * needs the user to act for a function of the task's lead body (the Culture department on the Culture
 * department's tasks), or to be a commune's officer of the commune the lead body belongs to.
 */
@Service
@Transactional(readOnly = true)
public class Plans {

    static final String AUDIT_PROGRESS = "plan.progress";
    private static final Pattern WORDS = Pattern.compile("[^a-z0-9]+");
    private static final Set<Function> COORDINATION = Set.of(Function.FRONT);

    private final PlanStore store;
    private final CampaignApi campaign;
    private final Bodies bodies;
    private final TerritoryApi territory;
    private final PlanPermissions permissions;
    private final Today today;
    private final AuditLog audit;
    private final int maxFileBytes;

    Plans(PlanStore store, CampaignApi campaign, Bodies bodies, TerritoryApi territory, PlanPermissions permissions,
            Today today, AuditLog audit, @Value("${chungsuc.plan.evidence.max-bytes:5242880}") int maxFileBytes) {
        this.store = store;
        this.campaign = campaign;
        this.bodies = bodies;
        this.territory = territory;
        this.permissions = permissions;
        this.today = today;
        this.audit = audit;
        this.maxFileBytes = maxFileBytes;
    }

    /** A task of the plan with its status and the names of its bodies, as pages and the API show it. */
    public record Row(Task task, int depth, boolean group, String leadBodyName, List<String> cooperatingNames,
            TaskStatus status, boolean mine, boolean mayReport) {
    }

    /** What the plan's page and the API read: the programme, its formula and the rows, in document order. */
    public record PlanView(ProgrammeView programme, Formula formula, LocalDate asOf, List<Row> rows) {

        public Optional<Row> row(long taskId) {
            return rows.stream().filter(r -> r.task().id() == taskId).findFirst();
        }
    }

    /**
     * Which tasks to list: {@code body} a body's code or its name (words in any case, accents ignored: "Phòng Văn
     * hóa - Thông tin"), {@code unit} a unit's code (tasks that cover it or a unit above it), {@code year} a year of
     * the programme (tasks running that year, their status as of its end); blank for all.
     */
    public record Filter(String body, String unit, String year) {

        public static final Filter ALL = new Filter(null, null, null);
    }

    public ProgrammeView programme(long programmeId) {
        ProgrammeView p = campaign.programme(programmeId)
                .orElseThrow(() -> new NotFound("programme", "plan.programme.unknown", programmeId));
        if (!permissions.may("task.view", p.unitCode(), p.issuedOn())) {
            throw new AccessDeniedException("may not view the plan of " + programmeId);
        }
        return p;
    }

    /** Whether the programme has a plan (tasks and the formula they roll up by). */
    public boolean hasPlan(long programmeId) {
        return store.formula(programmeId).isPresent();
    }

    public PlanView plan(long programmeId, Filter filter) {
        return view(programme(programmeId), filter);
    }

    private PlanView view(ProgrammeView p, Filter filter) {
        long programmeId = p.id();
        List<Refused.Reason> wrong = new ArrayList<>();
        Integer year = year(filter.year(), p, wrong);
        Set<String> unitPath = unitPath(filter.unit(), year, p, wrong);
        List<Task> tasks = store.tasks(programmeId);
        Map<String, Body> known = bodiesOf(tasks);
        Set<String> bodyCodes = bodyCodes(filter.body(), known, wrong);
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        LocalDate asOf = year == null ? today.date() : min(today.date(), LocalDate.of(year, 12, 31));
        Formula formula = store.formula(programmeId).orElse(Formula.WEIGHTED_MEAN);
        Map<Long, TaskStatus> statuses = RollUp.of(tasks, store.reports(programmeId), formula, asOf);
        Map<Long, Integer> depth = new HashMap<>();
        Set<Long> parents = new java.util.HashSet<>();
        tasks.forEach(t -> {
            depth.put(t.id(), t.parentId() == null ? 0 : depth.getOrDefault(t.parentId(), 0) + 1);
            if (t.parentId() != null) {
                parents.add(t.parentId());
            }
        });
        Map<Long, Task> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.id(), t));
        Set<Function> mine = permissions.functions();
        List<Row> rows = new ArrayList<>();
        for (Task t : tasks) {
            if (year != null && !t.activeIn(year)) {
                continue;
            }
            if (bodyCodes != null && (t.leadBody() == null || !bodyCodes.contains(t.leadBody()))) {
                continue;
            }
            if (unitPath != null && !covers(t, byId, unitPath)) {
                continue;
            }
            Body lead = t.leadBody() == null ? null : known.get(t.leadBody());
            boolean leads = lead != null && (lead.functions().stream().anyMatch(mine::contains)
                    || mine.contains(Function.COMMUNE) && permissions.may("progress.report", lead.unitCode()));
            boolean group = parents.contains(t.id());
            rows.add(new Row(t, depth.get(t.id()), group, lead == null ? t.leadBody() : lead.name(),
                    t.cooperatingBodies().stream().map(c -> known.containsKey(c) ? known.get(c).name() : c).toList(),
                    statuses.get(t.id()), leads && !mine.stream().anyMatch(COORDINATION::contains),
                    !group && (permissions.administrator() || leads) && mayOn("progress.report", t, byId, p)));
        }
        return new PlanView(p, formula, asOf, rows);
    }

    /**
     * Whether the user may take the action on the task: on the programme's unit as it was when the programme was
     * issued, or on one of the units the task itself covers (its own, or its nearest group's that names any) on the
     * unit tree of today. A task made from a ward's report lives in the town's programme though the town was
     * dissolved on 1/7/2025: the ward it covers is where its officers act.
     */
    private boolean mayOn(String action, Task t, Map<Long, Task> byId, ProgrammeView p) {
        if (permissions.may(action, p.unitCode(), p.issuedOn())) {
            return true;
        }
        Task at = t;
        while (at != null && at.units().isEmpty()) {
            at = at.parentId() == null ? null : byId.get(at.parentId());
        }
        LocalDate on = today.date();
        return at != null && at.units().stream().anyMatch(u -> permissions.may(action, u, on));
    }

    /**
     * A task with its reports, after the same checks as the plan, or (for a user who may not see the whole plan)
     * the task's own units; {@code mayViewPlan} says whether the plan's page is his to open.
     */
    public record TaskPage(PlanView plan, Row row, List<ProgressReport> reports, List<Row> children,
            List<TargetView> targets, int maxFileBytes, boolean mayViewPlan) {
    }

    public TaskPage task(long taskId) {
        long programmeId = store.programmeOf(taskId)
                .orElseThrow(() -> new NotFound("task", "plan.task.unknown", taskId));
        ProgrammeView p = campaign.programme(programmeId)
                .orElseThrow(() -> new NotFound("programme", "plan.programme.unknown", programmeId));
        boolean mayViewPlan = permissions.may("task.view", p.unitCode(), p.issuedOn());
        if (!mayViewPlan) {
            Map<Long, Task> byId = new HashMap<>();
            store.tasks(programmeId).forEach(t -> byId.put(t.id(), t));
            if (!mayOn("task.view", byId.get(taskId), byId, p)) {
                throw new AccessDeniedException("may not view task " + taskId);
            }
        }
        PlanView plan = view(p, Filter.ALL);
        Row row = plan.row(taskId).orElseThrow();
        List<Row> children = plan.rows().stream().filter(r -> Long.valueOf(taskId).equals(r.task().parentId()))
                .toList();
        Map<Long, TargetView> targets = new LinkedHashMap<>();
        campaign.targets(programmeId).forEach(t -> targets.put(t.id(), t));
        return new TaskPage(plan, row, store.reportsOf(taskId), children,
                row.task().targets().stream().map(targets::get).filter(java.util.Objects::nonNull).toList(),
                maxFileBytes, mayViewPlan);
    }

    /** A file of evidence, if the user may see the plan it belongs to. */
    public Optional<PlanStore.StoredFile> file(long evidenceId) {
        Optional<PlanStore.StoredFile> f = store.file(evidenceId);
        f.ifPresent(x -> task(x.taskId()));
        return f;
    }

    /** A file attached to a report. */
    public record Upload(String name, String contentType, long size, byte[] content) implements java.io.Serializable {
    }

    /** The largest file a report may carry, in bytes ({@code chungsuc.plan.evidence.max-bytes}). */
    public int maxFileBytes() {
        return maxFileBytes;
    }

    /** What the owner reports: the period, a percentage, a state, a note, files and a link to a record. */
    public record Report(String period, String percent, String state, String note, List<Upload> files,
            String link, String linkName) implements java.io.Serializable {
    }

    static final int MAX_FILES = 5;
    static final int MAX_NOTE = 4000;
    static final int MAX_LINK = 2000;

    @Transactional
    public long report(long taskId, Report r) {
        TaskPage page = task(taskId);
        Row row = page.row();
        if (!row.mayReport()) {
            throw new AccessDeniedException("may not report on task " + taskId);
        }
        Task t = row.task();
        List<Refused.Reason> wrong = new ArrayList<>();
        Period period = null;
        if (r.period() == null || !Period.valid(r.period())) {
            wrong.add(Refused.Reason.of("period", "plan.report.period.invalid"));
        } else {
            period = Period.parse(r.period());
            if (period.span() || period.year() < t.yearFrom() || period.year() > t.yearTo()) {
                wrong.add(Refused.Reason.of("period", "plan.report.period.outside", String.valueOf(t.yearFrom()),
                        String.valueOf(t.yearTo())));
            } else if (period.firstHalf() && t.recurrence() != Recurrence.HALF_YEARLY) {
                wrong.add(Refused.Reason.of("period", "plan.report.period.yearly"));
            } else if (period.start().isAfter(today.date())) {
                wrong.add(Refused.Reason.of("period", "plan.report.period.future"));
            }
        }
        Integer percent = null;
        try {
            percent = Integer.valueOf(r.percent() == null ? "" : r.percent().strip());
            if (percent < 0 || percent > 100) {
                percent = null;
            }
        } catch (NumberFormatException e) {
            percent = null;
        }
        if (percent == null) {
            wrong.add(Refused.Reason.of("percent", "plan.report.percent.invalid"));
        }
        TaskState state = Arrays.stream(TaskState.values()).filter(s -> s.name().equals(r.state())).findFirst()
                .orElse(null);
        if (state == null) {
            wrong.add(Refused.Reason.of("state", "plan.report.state.invalid"));
        } else if (percent != null && (state == TaskState.DONE) != (percent == 100)) {
            wrong.add(Refused.Reason.of("state", "plan.report.state.done"));
        }
        String note = r.note() == null ? "" : r.note().strip();
        if (note.length() > MAX_NOTE) {
            wrong.add(Refused.Reason.of("note", "plan.report.note.long", String.valueOf(MAX_NOTE)));
        }
        List<Upload> files = r.files() == null ? List.of()
                : r.files().stream().filter(f -> f.size() > 0).toList();
        if (files.size() > MAX_FILES) {
            wrong.add(Refused.Reason.of("files", "plan.report.files.many", String.valueOf(MAX_FILES)));
        }
        Map<Upload, String> types = new HashMap<>();
        for (Upload f : files) {
            if (f.size() > maxFileBytes || f.content() == null) {
                wrong.add(Refused.Reason.of("files", "plan.report.files.large", f.name(), maxFileBytes / 1024));
            } else {
                Optional<String> type = FileTypes.sniff(f.content());
                if (type.isEmpty()) {
                    wrong.add(Refused.Reason.of("files", "plan.report.files.type", f.name()));
                } else {
                    types.put(f, type.get());
                }
            }
        }
        String link = r.link() == null ? "" : r.link().strip();
        if (!link.isEmpty() && !FileTypes.insideApp(link, MAX_LINK)) {
            wrong.add(Refused.Reason.of("link", "plan.report.link.invalid"));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        String by = permissions.username();
        long id = store.insertReport(taskId, period, percent, state, note, today.date(), by);
        for (Upload f : files) {
            store.insertFile(id, safeName(f.name()), types.get(f), f.content());
        }
        if (!link.isEmpty()) {
            String name = r.linkName() == null || r.linkName().isBlank() ? link : r.linkName().strip();
            store.insertLink(id, name.length() > 300 ? name.substring(0, 300) : name, link);
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("task", t.number());
        value.put("period", period.code());
        value.put("percent", percent);
        value.put("state", state.name());
        value.put("files", files.size());
        audit.record("REPORT", "plan.progress", String.valueOf(id), t.number() + " " + period.code() + ": "
                + percent + " %", null, value);
        return id;
    }

    private static String safeName(String name) {
        String n = name == null || name.isBlank() ? "file" : name.replaceAll("[\\\\/\\r\\n\"]", "_").strip();
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private Integer year(String text, ProgrammeView p, List<Refused.Reason> wrong) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int y = Integer.parseInt(text.strip());
            if (y >= p.periodFrom() && y <= p.periodTo()) {
                return y;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        wrong.add(Refused.Reason.of("year", "plan.filter.year.invalid", String.valueOf(p.periodFrom()),
                String.valueOf(p.periodTo())));
        return null;
    }

    /**
     * The codes a task may name to cover the unit: from the country down to the unit (on the year's last day, or
     * its latest version), and the same for every unit it came from or went into by the unit tree's lineage
     * (followed backwards through predecessors and forwards through successors, never sideways), so that a task
     * covering phường Ba Đình in 2018 is found with today's phường Bỉm Sơn, and the reverse.
     */
    private Set<String> unitPath(String code, Integer year, ProgrammeView p, List<Refused.Reason> wrong) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip();
        LocalDate on = year == null ? today.date() : LocalDate.of(year, 12, 31);
        Optional<UnitView> unit = c.length() > 40 ? Optional.empty() : territory.find(c, on, UnitScope.ALL)
                .or(() -> territory.versions(c, UnitScope.ALL).stream().reduce((a, b) -> b));
        if (unit.isEmpty()) {
            wrong.add(Refused.Reason.of("unit", "plan.filter.unit.unknown", c));
            return null;
        }
        Set<String> out = new java.util.LinkedHashSet<>(unit.get().pathCodes());
        Set<String> related = new java.util.LinkedHashSet<>();
        follow(c, true, related);
        follow(c, false, related);
        for (String r : related) {
            out.add(r);
            territory.find(r, on, UnitScope.ALL).or(() -> territory.versions(r, UnitScope.ALL).stream()
                    .reduce((a, b) -> b)).ifPresent(v -> out.addAll(v.pathCodes()));
        }
        return out;
    }

    /** The units before (or after) this one by lineage, transitively, bounded against a cycle in the data. */
    private void follow(String code, boolean back, Set<String> into) {
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(code));
        while (!todo.isEmpty() && into.size() < 200) {
            var lineage = territory.lineage(todo.pop());
            for (var ref : back ? lineage.predecessors() : lineage.successors()) {
                if (!ref.code().equals(code) && into.add(ref.code())) {
                    todo.push(ref.code());
                }
            }
        }
    }

    /** A task covers a unit when the unit is one it (or, if it names none, its nearest parent that does) covers. */
    private static boolean covers(Task t, Map<Long, Task> byId, Set<String> path) {
        Task at = t;
        while (at != null && at.units().isEmpty()) {
            at = at.parentId() == null ? null : byId.get(at.parentId());
        }
        return at != null && at.units().stream().anyMatch(path::contains);
    }

    private Map<String, Body> bodiesOf(List<Task> tasks) {
        Map<String, Body> out = new HashMap<>();
        for (Task t : tasks) {
            List<String> codes = new ArrayList<>(t.cooperatingBodies());
            if (t.leadBody() != null) {
                codes.add(t.leadBody());
            }
            for (String c : codes) {
                if (!out.containsKey(c)) {
                    bodies.find(c).ifPresent(b -> out.put(c, b));
                }
            }
        }
        return out;
    }

    /** The codes of the bodies the filter names: a code, or a name whose every word the body's name holds. */
    private Set<String> bodyCodes(String text, Map<String, Body> known, List<Refused.Reason> wrong) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > 200) {
            wrong.add(Refused.Reason.of("body", "plan.filter.body.unknown", t.substring(0, 200)));
            return null;
        }
        if (known.containsKey(t) || bodies.find(t).isPresent()) {
            return Set.of(t);
        }
        List<String> words = words(t);
        Set<String> found = new java.util.HashSet<>();
        known.forEach((code, b) -> {
            if (!words.isEmpty() && words(b.name()).containsAll(words)) {
                found.add(code);
            }
        });
        if (found.isEmpty()) {
            wrong.add(Refused.Reason.of("body", "plan.filter.body.unknown", t));
        }
        return found;
    }

    private static List<String> words(String text) {
        return Arrays.stream(WORDS.split(VietnameseText.searchKey(text))).filter(w -> !w.isEmpty()).toList();
    }
}
