package vn.chungsuc.territory.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.stats.Metric;
import vn.chungsuc.shared.stats.StatisticSource;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.territory.Merge;
import vn.chungsuc.territory.NewUnit;
import vn.chungsuc.territory.Reorganisation;
import vn.chungsuc.territory.Split;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitType;
import vn.chungsuc.territory.UnitView;

/**
 * The administrator's screens for changes to the tree (sáp nhập, chia tách, đổi tên, điều chỉnh trực thuộc, giải
 * thể), in two steps like the catalogue import: the form is checked and the page shows what the change would move,
 * computed by making the change in a transaction that is rolled back (so the preview is exactly what the
 * confirmation will do, refusals included, and writes nothing); only the confirmation writes, through
 * {@link Reorganisation}, which records the lineage and the audit entry. The form waits in the session meanwhile.
 */
@Controller
@RequestMapping("/admin/units/changes")
@PreAuthorize("@territoryPermissions.may('unit.change')")
class ReorganisationPageController {

    enum Operation { MERGE, SPLIT, RENAME, MOVE, DISSOLVE }

    /** What the administrator typed, kept as text so that the form comes back as typed. */
    record ChangeForm(String op, String sources, String into, String newCode, String newName, String newType,
            String newParent, String retype, String code, String name, String type, String parent,
            String successors, String assignments, String newUnits, String effectiveOn, String legalBasis,
            String note) implements Serializable {

        static ChangeForm empty(Operation op) {
            return new ChangeForm(op.name(), "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
        }
    }

    record PendingChange(String token, ChangeForm form) implements Serializable {
    }

    /** A unit the change touches: as it was the day before, and as it is from the effective date (null: ended). */
    record Row(String code, String level, String before, String beforeParent, String after, String afterParent) {
    }

    record Count(String labelKey, long count) {
    }

    record Preview(List<Row> rows, int total, Map<String, Integer> byLevel, List<Count> records,
            List<String> resultChildren, String resultName) {
    }

    static final String PENDING = ReorganisationPageController.class.getName() + ".pending";
    private static final int MAX_ROWS = 200;

    private final Reorganisation reorganisation;
    private final TerritoryApi territory;
    private final TransactionTemplate transactions;
    private final List<StatisticSource> statistics;
    private final MessageSource messages;

    ReorganisationPageController(Reorganisation reorganisation, TerritoryApi territory,
            PlatformTransactionManager transactions, List<StatisticSource> statistics, MessageSource messages) {
        this.reorganisation = reorganisation;
        this.territory = territory;
        this.transactions = new TransactionTemplate(transactions);
        this.statistics = statistics;
        this.messages = messages;
    }

    @GetMapping
    String form(@RequestParam(required = false) String op, Model model) {
        Operation operation = operation(op);
        model.addAttribute("form", ChangeForm.empty(operation));
        return page(operation, model);
    }

    /** Step one: check the form and show what the change would do; nothing is written. */
    @PostMapping("/preview")
    String preview(@ModelAttribute ChangeForm form, HttpSession session, Model model, HttpServletResponse response) {
        Operation op = operation(form.op());
        model.addAttribute("form", form);
        try {
            Change change = change(op, form);
            Preview preview = transactions.execute(status -> {
                status.setRollbackOnly();
                List<UnitView> touched = touched(change);
                change.apply().run();
                return preview(change, touched);
            });
            PendingChange pending = new PendingChange(UUID.randomUUID().toString(), form);
            session.setAttribute(PENDING, pending);
            model.addAttribute("preview", preview);
            model.addAttribute("token", pending.token());
            model.addAttribute("summary", summary(op, change));
        } catch (Refused e) {
            refused(e, model, response);
        }
        return page(op, model);
    }

    /** Step two: make the change that was previewed. */
    @PostMapping("/confirm")
    String confirm(@RequestParam(required = false) String token, HttpSession session, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PendingChange pending = session.getAttribute(PENDING) instanceof PendingChange p ? p : null;
        if (pending == null || !pending.token().equals(token)) {
            model.addAttribute("form", ChangeForm.empty(Operation.MERGE));
            model.addAttribute("errors", List.of(msg("territory.changes.expired")));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(Operation.MERGE, model);
        }
        ChangeForm form = pending.form();
        Operation op = operation(form.op());
        try {
            Change change = change(op, form);
            transactions.executeWithoutResult(status -> change.apply().run());
            session.removeAttribute(PENDING);
            redirect.addFlashAttribute("flash", msg("territory.changes.done", summary(op, change)));
            return "redirect:/units/" + change.result() + "?asOf=" + change.on();
        } catch (Refused e) {
            model.addAttribute("form", form);
            refused(e, model, response);
            return page(op, model);
        }
    }

    private static Operation operation(String raw) {
        return Arrays.stream(Operation.values()).filter(o -> o.name().equalsIgnoreCase(text(raw))).findFirst()
                .orElse(Operation.MERGE);
    }

    private String page(Operation op, Model model) {
        model.addAttribute("op", op.name());
        model.addAttribute("operations", Operation.values());
        model.addAttribute("types", Arrays.stream(UnitType.values()).filter(t -> t.level() != UnitLevel.COUNTRY)
                .toList());
        return "territory/changes";
    }

    private void refused(Refused e, Model model, HttpServletResponse response) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("errors", e.reasons().stream()
                .map(r -> r.text(messages, locale)).toList());
        response.setStatus(e.status());
    }

    /** A change read from the form: what it does, the units it starts from, and the unit to show afterwards. */
    record Change(Runnable apply, List<String> from, String result, LocalDate on) {
    }

    private Change change(Operation op, ChangeForm f) {
        List<Refused.Reason> problems = new ArrayList<>();
        LocalDate on = date(f.effectiveOn(), problems);
        String basis = text(f.legalBasis());
        String note = text(f.note());
        Change change = switch (op) {
            case MERGE -> {
                List<String> sources = codes(f.sources());
                if (sources.isEmpty()) {
                    problems.add(Refused.Reason.of("sources", "territory.changes.required.sources"));
                }
                boolean intoExisting = !text(f.into()).isEmpty();
                boolean intoNew = !text(f.newCode()).isEmpty();
                if (intoExisting == intoNew) {
                    problems.add(Refused.Reason.of("into", "territory.changes.required.target"));
                }
                Merge.Target target = null;
                if (intoExisting && !intoNew) {
                    target = new Merge.Into(text(f.into()));
                } else if (intoNew && !intoExisting) {
                    UnitType type = type(f.newType(), "newType", true, problems);
                    if (text(f.newName()).isEmpty()) {
                        problems.add(Refused.Reason.of("newName", "territory.changes.required.name"));
                    }
                    if (text(f.newParent()).isEmpty()) {
                        problems.add(Refused.Reason.of("newParent", "territory.changes.required.parent"));
                    }
                    target = new Merge.IntoNew(text(f.newCode()), text(f.newName()), type, text(f.newParent()));
                }
                Merge merge = new Merge(sources, target, on, basis, note, "on".equals(f.retype())
                        || "true".equals(f.retype()));
                yield new Change(() -> reorganisation.merge(merge), sources,
                        target == null ? null : target.code().strip().toUpperCase(Locale.ROOT), on);
            }
            case SPLIT -> {
                String source = required(f.code(), "code", problems);
                Map<String, String> assignments = pairs(f.assignments(), problems);
                List<NewUnit> created = new ArrayList<>();
                yield new Change(() -> {
                    UnitView unit = territory.find(source, on, UnitScope.ALL).orElse(null);
                    for (String[] line : lines(f.newUnits())) {
                        if (line.length < 2 || unit == null) {
                            throw new Refused("newUnits", "territory.changes.badNewUnit", String.join(" ", line));
                        }
                        String name = String.join(" ", Arrays.asList(line).subList(1, line.length));
                        created.add(NewUnit.of(line[0], name, unit.type(), unit.parentCode(), on));
                    }
                    created.forEach(reorganisation::add);
                    reorganisation.split(new Split(source, assignments, on, basis, note));
                }, List.of(source), unitParent(source, on), on);
            }
            case RENAME -> {
                String code = required(f.code(), "code", problems);
                String name = required(f.name(), "name", problems);
                UnitType type = type(f.type(), "type", false, problems);
                yield new Change(() -> reorganisation.rename(code, name, type, on, basis, note), List.of(code), code,
                        on);
            }
            case MOVE -> {
                String code = required(f.code(), "code", problems);
                String parent = required(f.parent(), "parent", problems);
                yield new Change(() -> reorganisation.move(code, parent, on, basis, note), List.of(code), code, on);
            }
            case DISSOLVE -> {
                String code = required(f.code(), "code", problems);
                List<String> successors = codes(f.successors());
                yield new Change(() -> reorganisation.dissolve(code, on, basis, note, successors), List.of(code),
                        successors.isEmpty() ? unitParent(code, on) : successors.get(0), on);
            }
        };
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return change;
    }

    /** The parent of a unit the day before the date (where to go after the unit ends), or the unit itself. */
    private String unitParent(String code, LocalDate on) {
        if (code == null || on == null) {
            return code;
        }
        return territory.find(code, on.minusDays(1), UnitScope.ALL).map(UnitView::parentCode).orElse(code);
    }

    /** The units the change starts from and everything under them, the day before it takes effect. */
    private List<UnitView> touched(Change change) {
        Set<String> seen = new LinkedHashSet<>();
        List<UnitView> out = new ArrayList<>();
        for (String code : change.from()) {
            for (UnitView v : territory.subtree(code, change.on().minusDays(1), UnitScope.ALL)) {
                if (seen.add(v.code())) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** Read inside the rolled-back transaction, after the change: what became of each unit touched. */
    private Preview preview(Change change, List<UnitView> touched) {
        LocalDate before = change.on().minusDays(1);
        Map<String, String> names = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        for (UnitView v : touched) {
            byLevel.merge(msg("territory.level." + v.level()), 1, Integer::sum);
            if (rows.size() >= MAX_ROWS) {
                continue;
            }
            UnitView after = territory.find(v.code(), change.on(), UnitScope.ALL).orElse(null);
            rows.add(new Row(v.code(), msg("territory.level." + v.level()), v.fullName(),
                    name(names, v.parentCode(), before), after == null ? null : after.fullName(),
                    after == null ? null : name(names, after.parentCode(), change.on())));
        }
        List<String> codes = touched.stream().map(UnitView::code).toList();
        List<Count> records = new ArrayList<>();
        for (StatisticSource source : statistics) {
            for (Metric m : source.metrics()) {
                if (m.yearly()) {
                    continue;
                }
                long n = source.countByUnit(m.code(), before, codes).values().stream().mapToLong(Long::longValue)
                        .sum();
                if (n > 0) {
                    records.add(new Count(m.labelKey(), n));
                }
            }
        }
        List<String> children = List.of();
        String resultName = null;
        if (change.result() != null) {
            UnitView result = territory.find(change.result(), change.on(), UnitScope.ALL).orElse(null);
            if (result != null) {
                resultName = result.fullName();
                children = territory.children(result.code(), change.on(), UnitScope.ALL).stream()
                        .map(UnitView::fullName).limit(MAX_ROWS).toList();
            }
        }
        return new Preview(rows, touched.size(), byLevel, records, children, resultName);
    }

    private String name(Map<String, String> cache, String code, LocalDate on) {
        if (code == null) {
            return "";
        }
        return cache.computeIfAbsent(code + "@" + on, k -> territory.find(code, on, UnitScope.ALL)
                .map(UnitView::fullName).orElse(code));
    }

    private String summary(Operation op, Change change) {
        return msg("territory.kind." + op) + ": " + String.join(", ", change.from()) + " – "
                + Dates.show(change.on());
    }

    private LocalDate date(String raw, List<Refused.Reason> problems) {
        if (raw == null || raw.isBlank()) {
            problems.add(Refused.Reason.of("effectiveOn", "territory.changes.required.date"));
            return null;
        }
        LocalDate date = Dates.parse(raw).orElse(null);
        if (date == null || !Dates.inBounds(date)) {
            problems.add(Refused.Reason.of("effectiveOn", "territory.changes.badDate", raw.strip(),
                    Dates.show(Dates.MIN), Dates.show(Dates.MAX)));
            return null;
        }
        return date;
    }

    private static UnitType type(String raw, String field, boolean required, List<Refused.Reason> problems) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                problems.add(Refused.Reason.of(field, "territory.changes.required.type"));
            }
            return null;
        }
        try {
            return UnitType.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            problems.add(Refused.Reason.of(field, "territory.changes.badType", raw.strip()));
            return null;
        }
    }

    private static String required(String raw, String field, List<Refused.Reason> problems) {
        String value = text(raw);
        if (value.isEmpty()) {
            problems.add(Refused.Reason.of(field, "territory.changes.required." + field));
        }
        return value;
    }

    private static String text(String raw) {
        return raw == null ? "" : raw.strip();
    }

    /** Codes separated by commas, semicolons, spaces or lines. */
    static List<String> codes(String raw) {
        return raw == null ? List.of() : Arrays.stream(raw.split("[,;\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static List<String[]> lines(String raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.split("[\\s;,]+", 2))
                .map(parts -> parts.length < 2 ? parts : new String[] {parts[0], parts[1].strip()}).toList();
    }

    /** Lines "child target": which unit takes each unit under the one split. */
    private static Map<String, String> pairs(String raw, List<Refused.Reason> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] line : lines(raw)) {
            List<String> parts = codes(String.join(" ", line));
            if (parts.size() != 2) {
                problems.add(Refused.Reason.of("assignments", "territory.changes.badAssignment",
                        String.join(" ", line)));
            } else {
                out.put(parts.get(0), parts.get(1));
            }
        }
        if (out.isEmpty() && problems.stream().noneMatch(p -> "assignments".equals(p.field()))) {
            problems.add(Refused.Reason.of("assignments", "territory.changes.required.assignments"));
        }
        return out;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
