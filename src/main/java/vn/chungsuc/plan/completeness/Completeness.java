package vn.chungsuc.plan.completeness;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.plan.PlanPermissions;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.duties.ReportingDuties;
import vn.chungsuc.shared.duties.ReportingDuties.Duty;
import vn.chungsuc.shared.duties.ReportingDuties.DutyKind;
import vn.chungsuc.shared.permission.Actor;
import vn.chungsuc.shared.permission.CurrentActor;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitNode;
import vn.chungsuc.territory.UnitView;

/**
 * Issue 15 item 7: for a kind of submission and a period, which units were expected (among the user's units on the
 * period's last day, by the unit tree: the wards merged in 2025 included), which submitted and which on time, from
 * what the modules contribute through {@link ReportingDuties}; the two settings of each kind ("hạn nộp đúng hạn" and
 * "khóa sửa sau", both in days after the period's end) as data; and the reminders to the officers of units that have
 * not submitted, shown on their home page until the unit submits.
 */
@Service
@Transactional(readOnly = true)
public class Completeness {

    static final String AUDIT_TYPE = "plan.reminder";
    static final String SYSTEM = "system";

    /** Where a unit stands on a duty. */
    public enum Status {
        ON_TIME, LATE, MISSING
    }

    /** A kind's settings; {@code own} false when the kind uses the default row ('*'). */
    public record Setting(String kind, int timelyDays, int lockDays, String source, boolean own) {
    }

    /** One expected unit: where it sits, when it submitted, whether on time, the reminders it had. */
    public record Line(String unitCode, String unitName, String parentName, LocalDate submittedOn, Status status,
            String href, LocalDate remindedOn, int reminders, boolean mayRemind) {
    }

    /** The completeness of a kind for a period, as the page and the workbook show it. */
    public record Sheet(DutyKind kind, Period period, Setting setting, LocalDate dueOn, LocalDate lockOn,
            boolean locked, List<Line> lines) {

        public long expected() {
            return lines.size();
        }

        public long submitted() {
            return lines.stream().filter(l -> l.status() != Status.MISSING).count();
        }

        public long onTime() {
            return lines.stream().filter(l -> l.status() == Status.ON_TIME).count();
        }
    }

    /** A reminder an officer sees on his home page. */
    public record OpenReminder(long id, DutyKind kind, String period, String unitCode, String unitName, String href,
            LocalDate lastSentOn, int times, LocalDate dueOn) {
    }

    private final List<ReportingDuties> duties;
    private final CampaignApi campaign;
    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final PlanPermissions permissions;
    private final CurrentActor actors;
    private final Today today;
    private final AuditLog audit;

    Completeness(List<ReportingDuties> duties, CampaignApi campaign, JdbcClient jdbc, TerritoryApi territory, PlanPermissions permissions,
            CurrentActor actors, Today today, AuditLog audit) {
        this.duties = duties;
        this.campaign = campaign;
        this.jdbc = jdbc;
        this.territory = territory;
        this.permissions = permissions;
        this.actors = actors;
        this.today = today;
        this.audit = audit;
    }

    /** Every kind the modules contribute, in the order of their labels' keys. */
    public List<DutyKind> kinds() {
        return duties.stream().flatMap(d -> d.kinds().stream())
                .sorted(Comparator.comparing(DutyKind::code)).toList();
    }

    /** The kind by its code, refused (field {@code kind}) when no module contributes it. */
    public DutyKind kind(String code) {
        return kinds().stream().filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new Refused("kind", "plan.duty.kind.unknown", code == null ? "" : code));
    }

    private ReportingDuties owner(String kind) {
        return duties.stream().filter(d -> d.kinds().stream().anyMatch(k -> k.code().equals(kind))).findFirst()
                .orElseThrow(() -> new Refused("kind", "plan.duty.kind.unknown", kind));
    }

    /** The period by its code, refused (field {@code period}) unless it is a half-year or a year. */
    public static Period period(String code) {
        Period p;
        try {
            p = Period.parse(code);
        } catch (IllegalArgumentException e) {
            throw new Refused("period", "plan.duty.period.invalid", code == null ? "" : code);
        }
        if (p.span()) {
            throw new Refused("period", "plan.duty.period.invalid", code);
        }
        return p;
    }

    /** The last period that ended by today: this year's first half after 30/6, else last year. */
    public Period latestEnded() {
        LocalDate d = today.date();
        return d.isAfter(LocalDate.of(d.getYear(), 6, 30)) ? Period.firstHalf(d.getYear())
                : Period.year(d.getYear() - 1);
    }

    public Setting setting(String kind) {
        return jdbc.sql("""
                select kind, timely_days, lock_days, source from plan_duty_setting where kind in (:kind, '*')
                order by kind = '*' limit 1""").param("kind", kind)
                .query((rs, i) -> new Setting(kind, rs.getInt(2), rs.getInt(3), rs.getString(4),
                        !"*".equals(rs.getString(1)))).single();
    }

    public List<Setting> settings() {
        List<Setting> out = new ArrayList<>();
        out.add(setting("*"));
        kinds().forEach(k -> out.add(setting(k.code())));
        return out;
    }

    /** Saves a kind's two settings ('*' for the default); only the Front (or an administrator). */
    @Transactional
    public void saveSetting(String kind, String timely, String lock, String source) {
        if (!"*".equals(kind)) {
            kind(kind);
        }
        if (!permissions.may("duty.settings")) {
            throw new AccessDeniedException("may not change the completeness settings");
        }
        List<Refused.Reason> wrong = new ArrayList<>();
        Integer t = days(timely, 366, "timelyDays", wrong);
        Integer l = days(lock, 731, "lockDays", wrong);
        String src = source == null ? "" : source.strip();
        if (src.isEmpty() || src.length() > 500) {
            wrong.add(Refused.Reason.of("source", "plan.duty.setting.source.required"));
        }
        if (t != null && l != null && l < t) {
            wrong.add(Refused.Reason.of("lockDays", "plan.duty.setting.lock.beforeTimely"));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        Setting before = setting(kind);
        jdbc.sql("""
                insert into plan_duty_setting (kind, timely_days, lock_days, source, updated_by, updated_at)
                values (:kind, :t, :l, :s, :by, now())
                on conflict (kind) do update set timely_days = :t, lock_days = :l, source = :s, updated_by = :by,
                    updated_at = now()""").param("kind", kind).param("t", t).param("l", l).param("s", src)
                .param("by", actors.current().username()).update();
        audit.record("UPDATE", "plan.duty-setting", kind,
                "Sửa hạn nộp đúng hạn / khóa sửa của loại báo cáo " + kind, before,
                new Setting(kind, t, l, src, true));
    }

    private static Integer days(String text, int max, String field, List<Refused.Reason> wrong) {
        try {
            int v = Integer.parseInt(text == null ? "" : text.strip());
            if (v >= 0 && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        wrong.add(Refused.Reason.of(field, "plan.duty.setting.days.invalid", 0, max));
        return null;
    }

    /** The completeness of a kind for a period over the current user's units. */
    public Sheet sheet(String kindCode, String periodCode) {
        if (!permissions.may("duty.view")) {
            throw new AccessDeniedException("may not view completeness");
        }
        DutyKind kind = kind(kindCode);
        Period period = period(periodCode);
        if (period.end().isAfter(LocalDate.of(today.year() + 1, 12, 31))) {
            throw new Refused("period", "plan.duty.period.future", period.code());
        }
        Map<String, UnitView> units = units(period.end(), actors.current().scope());
        return sheet(kind, period, units);
    }

    private Sheet sheet(DutyKind kind, Period period, Map<String, UnitView> units) {
        Setting setting = setting(kind.code());
        LocalDate due = period.end().plusDays(setting.timelyDays());
        LocalDate lock = period.end().plusDays(setting.lockDays());
        boolean locked = today.date().isAfter(lock);
        List<Duty> expected = units.isEmpty() ? List.of()
                : owner(kind.code()).expected(kind.code(), period, units.keySet());
        Map<String, Object[]> reminders = new HashMap<>();
        jdbc.sql("select unit_code, last_sent_on, times from plan_reminder where kind = :k and period = :p")
                .param("k", kind.code()).param("p", period.code())
                .query(rs -> {
                    reminders.put(rs.getString(1), new Object[] {rs.getObject(2, LocalDate.class), rs.getInt(3)});
                });
        List<Line> lines = new ArrayList<>();
        for (Duty d : expected) {
            UnitView u = units.get(d.unitCode());
            if (u == null) {
                continue;
            }
            UnitView parent = u.parentCode() == null ? null : units.get(u.parentCode());
            LocalDate on = d.submittedOn().orElse(null);
            Status status = on == null ? Status.MISSING : on.isAfter(due) ? Status.LATE : Status.ON_TIME;
            Object[] r = reminders.get(u.code());
            lines.add(new Line(u.code(), u.fullName(), parent == null ? "" : parent.fullName(), on, status, d.href(),
                    r == null ? null : (LocalDate) r[0], r == null ? 0 : (Integer) r[1],
                    status == Status.MISSING && !locked
                            && permissions.may("duty.remind", u.code(), period.end())));
        }
        lines.sort(Comparator.comparing((Line l) -> units.get(l.unitCode()).path()));
        return new Sheet(kind, period, setting, due, lock, locked, lines);
    }

    /** The user's units on the date by the unit tree, by code. */
    private Map<String, UnitView> units(LocalDate on, UnitScope scope) {
        Map<String, UnitView> out = new LinkedHashMap<>();
        for (UnitNode root : territory.roots(on, scope)) {
            for (UnitView u : territory.subtree(root.unit().code(), on, scope)) {
                out.putIfAbsent(u.code(), u);
            }
        }
        return out;
    }

    /**
     * The Front's "Nhắc nộp": a reminder to the officers of a unit that has not submitted (refused when it has, or
     * when edits are locked). Returns whether a reminder was sent (false when one was already sent today).
     */
    @Transactional
    public boolean remind(String kindCode, String periodCode, String unitCode) {
        DutyKind kind = kind(kindCode);
        Period period = period(periodCode);
        if (unitCode == null || unitCode.isBlank() || unitCode.length() > 40
                || !permissions.may("duty.remind", unitCode, period.end())) {
            throw new AccessDeniedException("may not remind " + unitCode);
        }
        Optional<UnitView> unit = territory.find(unitCode, period.end(), actors.current().scope());
        if (unit.isEmpty()) {
            throw new AccessDeniedException("may not remind " + unitCode);
        }
        Sheet one = sheet(kind, period, Map.of(unitCode, unit.get()));
        if (one.locked()) {
            throw new Refused("period", "plan.duty.remind.locked", period.code(), vn.chungsuc.shared.time.Dates.show(one.lockOn()));
        }
        Line line = one.lines().stream().findFirst()
                .orElseThrow(() -> new Refused("unit", "plan.duty.remind.notExpected", unit.get().fullName()));
        if (line.status() != Status.MISSING) {
            throw new Refused("unit", "plan.duty.remind.submitted", unit.get().fullName());
        }
        String by = actors.current().username();
        return send(kind.code(), period, unitCode, hrefOf(kind.code(), period, unitCode), by, unit.get().fullName());
    }

    /** The "Nhắc nộp" for every unit of the sheet that has not submitted; how many were reminded. */
    @Transactional
    public int remindAll(String kindCode, String periodCode) {
        Sheet s = sheet(kindCode, periodCode);
        if (s.locked()) {
            throw new Refused("period", "plan.duty.remind.locked", s.period().code(), vn.chungsuc.shared.time.Dates.show(s.lockOn()));
        }
        int n = 0;
        for (Line l : s.lines()) {
            if (l.mayRemind() && send(s.kind().code(), s.period(), l.unitCode(), l.href(),
                    actors.current().username(), l.unitName())) {
                n++;
            }
        }
        return n;
    }

    private String hrefOf(String kind, Period period, String unit) {
        return owner(kind).expected(kind, period, List.of(unit)).stream().findFirst().map(Duty::href).orElse("");
    }

    /** Records a reminder (at most one a day for a unit and a duty) and audits it. */
    private boolean send(String kind, Period period, String unit, String href, String by, String unitName) {
        LocalDate on = today.date();
        Map<String, Object> before = jdbc.sql("""
                select id, last_sent_on, last_sent_by, times from plan_reminder
                where kind = :k and period = :p and unit_code = :u""")
                .param("k", kind).param("p", period.code()).param("u", unit).query().listOfRows().stream()
                .findFirst().orElse(null);
        if (before != null && on.equals(((java.sql.Date) before.get("last_sent_on")).toLocalDate())) {
            return false;
        }
        long id = jdbc.sql("""
                insert into plan_reminder (kind, period, unit_code, href, first_sent_on, last_sent_on, last_sent_by)
                values (:k, :p, :u, :h, :on, :on, :by)
                on conflict (kind, period, unit_code) do update set last_sent_on = :on, last_sent_by = :by,
                    href = :h, times = plan_reminder.times + 1
                returning id""").param("k", kind).param("p", period.code()).param("u", unit)
                .param("h", href == null ? "" : href).param("on", on).param("by", by).query(Long.class).single();
        Map<String, Object> after = Map.of("kind", kind, "period", period.code(), "unit", unit, "sentOn", on,
                "sentBy", by);
        audit.recordAs(by, before == null ? "CREATE" : "REMIND", AUDIT_TYPE, String.valueOf(id),
                (SYSTEM.equals(by) ? "Nhắc tự động hằng ngày: " : "Nhắc ") + unitName + " nộp " + kind + " kỳ "
                        + period.code(),
                before == null ? null : Map.of("lastSentOn", String.valueOf(before.get("last_sent_on")),
                        "times", before.get("times")), after);
        return true;
    }

    /**
     * The daily reminder run: at most once a day (a second run the same day sends nothing), for each kind and for
     * each period that has ended and is not yet locked (this year's first half, last year), a reminder to every unit
     * expected that has not submitted, in the provinces the programmes run in. Returns how many were sent, or -1 when the run had already happened today.
     */
    @Transactional
    public int runDaily() {
        LocalDate on = today.date();
        int claimed = jdbc.sql("insert into plan_reminder_run (run_on, sent) values (:on, 0) on conflict do nothing")
                .param("on", on).update();
        if (claimed == 0) {
            return -1;
        }
        int sent = 0;
        List<Period> periods = List.of(Period.firstHalf(on.getYear()), Period.year(on.getYear() - 1));
        for (DutyKind kind : kinds()) {
            Setting setting = setting(kind.code());
            for (Period p : periods) {
                if (!p.end().isBefore(on) || on.isAfter(p.end().plusDays(setting.lockDays()))) {
                    continue;
                }
                Map<String, UnitView> units = programmeProvinces(p.end());
                for (Duty d : units.isEmpty() ? List.<Duty>of()
                        : owner(kind.code()).expected(kind.code(), p, units.keySet())) {
                    if (d.submittedOn().isEmpty() && send(kind.code(), p, d.unitCode(), d.href(), SYSTEM,
                            units.get(d.unitCode()) == null ? d.unitCode() : units.get(d.unitCode()).fullName())) {
                        sent++;
                    }
                }
            }
        }
        jdbc.sql("update plan_reminder_run set sent = :n where run_on = :on").param("n", sent).param("on", on)
                .update();
        return sent;
    }

    /**
     * The units the daily run asks about: those of the provinces the programmes run in (not the whole country, whose
     * ten thousand communes no programme here covers), on the date.
     */
    private Map<String, UnitView> programmeProvinces(LocalDate on) {
        Map<String, UnitView> out = new LinkedHashMap<>();
        Set<String> provinces = new java.util.TreeSet<>();
        for (ProgrammeView p : campaign.programmes()) {
            territory.versions(p.unitCode(), UnitScope.ALL).stream().reduce((a, b) -> b)
                    .map(UnitView::pathCodes).filter(c -> c.size() > 1).ifPresent(c -> provinces.add(c.get(1)));
        }
        for (String province : provinces) {
            for (UnitView u : territory.subtree(province, on, UnitScope.ALL)) {
                out.putIfAbsent(u.code(), u);
            }
        }
        return out;
    }

    /**
     * The reminders to the current user: those to the units his scope names (a unit's officers are the users whose
     * scope is that unit), while the unit has not submitted and edits are not locked.
     */
    public List<OpenReminder> mine() {
        Actor actor = actors.current();
        if (!actor.signedIn() || actor.scope().manageRoots().isEmpty()) {
            return List.of();
        }
        return open(actor.scope().manageRoots());
    }

    private List<OpenReminder> open(Collection<String> units) {
        List<Object[]> rows = jdbc.sql("""
                select id, kind, period, unit_code, href, last_sent_on, times from plan_reminder
                where unit_code in (:units) order by last_sent_on desc, id limit 50""").param("units", List.copyOf(units))
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getInt(7)}).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, DutyKind> kinds = new HashMap<>();
        kinds().forEach(k -> kinds.put(k.code(), k));
        List<OpenReminder> out = new ArrayList<>();
        for (Object[] r : rows) {
            DutyKind kind = kinds.get((String) r[1]);
            if (kind == null || !Period.valid((String) r[2])) {
                continue;
            }
            Period p = Period.parse((String) r[2]);
            Setting s = setting(kind.code());
            if (today.date().isAfter(p.end().plusDays(s.lockDays()))) {
                continue;
            }
            String unit = (String) r[3];
            Optional<Duty> duty = owner(kind.code()).expected(kind.code(), p, List.of(unit)).stream().findFirst();
            if (duty.isEmpty() || duty.get().submittedOn().isPresent()) {
                continue;
            }
            String name = territory.find(unit, p.end(), UnitScope.ALL).map(UnitView::fullName).orElse(unit);
            out.add(new OpenReminder((Long) r[0], kind, p.code(), unit, name, duty.get().href(), (LocalDate) r[5],
                    (Integer) r[6], p.end().plusDays(s.timelyDays())));
        }
        return out;
    }

    /** Days from the period's end to the submission, for the workbook. */
    static Long daysAfter(Period period, LocalDate on) {
        return on == null ? null : ChronoUnit.DAYS.between(period.end(), on);
    }

    static Set<Status> statuses(String text) {
        if (text == null || text.isBlank()) {
            return Set.of(Status.values());
        }
        try {
            return Set.of(Status.valueOf(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new Refused("status", "plan.duty.status.invalid", text);
        }
    }
}
