package vn.chungsuc.plan.unityday;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.plan.PlanPermissions;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.awards.AwardRegister;
import vn.chungsuc.shared.awards.AwardRegister.AwardLine;
import vn.chungsuc.shared.awards.AwardRegister.NewAward;
import vn.chungsuc.shared.awards.AwardRegister.Occasion;
import vn.chungsuc.shared.permission.CurrentActor;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.stats.StatisticChanged;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitNode;
import vn.chungsuc.territory.UnitView;

/**
 * Issue 15 item 8, the Great Unity Day of each residential area and year (seed IV.4: "tổ chức tốt Ngày hội Đại đoàn
 * kết toàn dân tộc ở khu dân cư", held around 18 November, the Front's founding day): what the area records, the
 * awards given there (through the awards register), and which areas have held it and which have not, by the unit
 * tree on 18 November of the year.
 */
@Service
@Transactional(readOnly = true)
public class UnityDays {

    public static final String OCCASION = "UNITY_DAY";
    public static final String METRIC = "plan.unity-days-held";
    static final String AUDIT_TYPE = "plan.unity-day";

    /** Where an area stands for a year. */
    public enum Status {
        HELD, PLANNED, NOT_HELD
    }

    /** An area's Great Unity Day as recorded. */
    public record Day(long id, String areaCode, int year, String plan, LocalDate plannedOn, LocalDate heldOn,
            Integer attendance, String reportText, String reportName, int housesHanded, int nextFamilies,
            boolean nextArea, LocalDate reportedOn, String recordedBy) {

        public Status status() {
            return heldOn != null ? Status.HELD : Status.PLANNED;
        }
    }

    /** One area of the overview. */
    public record Line(UnitView area, String communeName, Day day, Status status) {
    }

    /** Per commune: how many of its areas held it. */
    public record CommuneCount(String communeCode, String communeName, int areas, int held) {
    }

    /** The overview of a year over the user's units. */
    public record Overview(int year, LocalDate asOf, List<Line> lines, List<CommuneCount> communes) {

        public long held() {
            return lines.stream().filter(l -> l.status() == Status.HELD).count();
        }
    }

    /** An area's page: the area, the day (empty while nothing is recorded), the awards given there. */
    public record AreaPage(UnitView area, String communeName, int year, Optional<Day> day, List<AwardLine> awards,
            boolean mayRecord) {
    }

    /** What a form sends, as text so each bad value is refused with its field. */
    public record Form(String plan, String plannedOn, String heldOn, String attendance, String reportText,
            String housesHanded, String nextFamilies, boolean nextArea) implements java.io.Serializable {
    }

    public record Upload(String name, String contentType, long size, byte[] content) {
    }

    public record File(String name, String contentType, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final PlanPermissions permissions;
    private final CurrentActor actors;
    private final Today today;
    private final AuditLog audit;
    private final AwardRegister awards;
    private final ApplicationEventPublisher events;
    private final int maxFileBytes;

    UnityDays(JdbcClient jdbc, TerritoryApi territory, PlanPermissions permissions, CurrentActor actors, Today today,
            AuditLog audit, AwardRegister awards, ApplicationEventPublisher events,
            @Value("${chungsuc.plan.evidence.max-bytes:5242880}") int maxFileBytes) {
        this.jdbc = jdbc;
        this.territory = territory;
        this.permissions = permissions;
        this.actors = actors;
        this.today = today;
        this.audit = audit;
        this.awards = awards;
        this.events = events;
        this.maxFileBytes = maxFileBytes;
    }

    /** The day the tree of units is read on for a year: 18 November, the Front's founding day. */
    public static LocalDate dayOf(int year) {
        return LocalDate.of(year, 11, 18);
    }

    public int maxFileBytes() {
        return maxFileBytes;
    }

    /** The year asked for, refused unless a year of the programme's range and not after this year. */
    public int year(String text) {
        if (text == null || text.isBlank()) {
            return today.date().isBefore(dayOf(today.year()).minusDays(17)) ? today.year() - 1 : today.year();
        }
        try {
            int y = Integer.parseInt(text.strip());
            if (y >= Period.MIN_YEAR && y <= today.year()) {
                return y;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Refused("year", "plan.unityday.year.invalid", text.strip(), today.year());
    }

    /** Every residential area of the user's units on 18/11 of the year, with its day, and the counts per commune. */
    public Overview overview(int year) {
        if (!permissions.may("unityday.view")) {
            throw new AccessDeniedException("may not view the Great Unity Days");
        }
        LocalDate on = dayOf(year);
        Map<String, UnitView> units = new LinkedHashMap<>();
        UnitScope scope = actors.current().scope();
        for (UnitNode root : territory.roots(on, scope)) {
            for (UnitView u : territory.subtree(root.unit().code(), on, scope)) {
                units.putIfAbsent(u.code(), u);
            }
        }
        List<UnitView> areas = units.values().stream().filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA)
                .toList();
        Map<String, Day> days = new HashMap<>();
        if (!areas.isEmpty()) {
            jdbc.sql(SELECT + " where year = :y and area_code in (:a)").param("y", year)
                    .param("a", areas.stream().map(UnitView::code).toList()).query(UnityDays::day).list()
                    .forEach(d -> days.put(d.areaCode(), d));
        }
        List<Line> lines = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (UnitView a : areas) {
            UnitView commune = units.get(a.parentCode());
            Day d = days.get(a.code());
            Status s = d == null ? Status.NOT_HELD : d.status();
            lines.add(new Line(a, commune == null ? "" : commune.fullName(), d, s));
            if (commune != null) {
                int[] c = counts.computeIfAbsent(commune.code(), k -> new int[2]);
                c[0]++;
                if (s == Status.HELD) {
                    c[1]++;
                }
            }
        }
        List<CommuneCount> communes = new ArrayList<>();
        counts.forEach((code, c) -> communes.add(new CommuneCount(code, units.get(code).fullName(), c[0], c[1])));
        return new Overview(year, on, lines, communes);
    }

    /** An area's Great Unity Day of a year (the area as it was on 18/11), with the awards given there. */
    public AreaPage area(String areaCode, int year) {
        UnitView area = areaOn(areaCode, year, "unityday.view");
        Optional<Day> day = find(areaCode, year);
        String commune = territory.find(area.parentCode(), dayOf(year), UnitScope.ALL).map(UnitView::fullName)
                .orElse("");
        List<AwardLine> given = day.map(d -> awards.decidedAt(new Occasion(OCCASION, d.id()))).orElse(List.of());
        return new AreaPage(area, commune, year, day, given,
                permissions.may("unityday.record", areaCode, dayOf(year)));
    }

    private UnitView areaOn(String areaCode, int year, String action) {
        if (areaCode == null || areaCode.length() > 40 || !permissions.may(action, areaCode, dayOf(year))) {
            throw new AccessDeniedException("may not " + action + " " + areaCode);
        }
        UnitView area = territory.find(areaCode, dayOf(year), actors.current().scope())
                .orElseThrow(() -> new AccessDeniedException("no area " + areaCode + " on 18/11/" + year));
        if (area.level() != UnitLevel.RESIDENTIAL_AREA) {
            throw new Refused("area", "plan.unityday.area.notArea", area.fullName());
        }
        return area;
    }

    public Optional<Day> find(String areaCode, int year) {
        return jdbc.sql(SELECT + " where area_code = :a and year = :y").param("a", areaCode).param("y", year)
                .query(UnityDays::day).optional();
    }

    Optional<Day> byId(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(UnityDays::day).optional();
    }

    /** Records (or corrects) an area's day for a year; the year's report, once there, counts as submitted. */
    @Transactional
    public long save(String areaCode, int year, Form form, Upload upload) {
        UnitView area = areaOn(areaCode, year, "unityday.record");
        List<Refused.Reason> wrong = new ArrayList<>();
        String plan = text(form.plan(), 5000, "plan", wrong);
        LocalDate planned = date(form.plannedOn(), "plannedOn", year, wrong);
        LocalDate held = date(form.heldOn(), "heldOn", year, wrong);
        if (held != null && held.isAfter(today.date())) {
            wrong.add(Refused.Reason.of("heldOn", "plan.unityday.heldOn.future", Dates.show(held)));
        }
        Integer attendance = number(form.attendance(), 100000, "attendance", wrong, true);
        String report = text(form.reportText(), 20000, "reportText", wrong);
        Integer houses = number(form.housesHanded(), 10000, "housesHanded", wrong, false);
        Integer families = number(form.nextFamilies(), 100000, "nextFamilies", wrong, false);
        if (upload != null && (upload.size() > maxFileBytes || upload.content() == null)) {
            wrong.add(Refused.Reason.of("report", "plan.unityday.report.large", upload.name(), maxFileBytes / 1024));
        }
        if (held == null && attendance != null) {
            wrong.add(Refused.Reason.of("attendance", "plan.unityday.attendance.notHeld"));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        Optional<Day> before = find(areaCode, year);
        boolean hasReport = !report.isEmpty() || upload != null || before.map(d -> d.reportName() != null)
                .orElse(false);
        LocalDate reportedOn = !hasReport ? null
                : before.map(Day::reportedOn).filter(d -> d != null).orElse(today.date());
        String by = actors.current().username();
        long id = jdbc.sql("""
                insert into plan_unity_day (area_code, year, plan, planned_on, held_on, attendance, report_text,
                    houses_handed, next_families, next_area, reported_on, recorded_by)
                values (:a, :y, :plan, :planned, :held, :att, :report, :houses, :families, :area, :reported, :by)
                on conflict (area_code, year) do update set plan = :plan, planned_on = :planned, held_on = :held,
                    attendance = :att, report_text = :report, houses_handed = :houses, next_families = :families,
                    next_area = :area, reported_on = :reported, recorded_by = :by
                returning id""").param("a", areaCode).param("y", year).param("plan", plan)
                .param("planned", planned).param("held", held).param("att", attendance).param("report", report)
                .param("houses", houses == null ? 0 : houses).param("families", families == null ? 0 : families)
                .param("area", form.nextArea()).param("reported", reportedOn).param("by", by)
                .query(Long.class).single();
        if (upload != null) {
            jdbc.sql("update plan_unity_day set report_name = :n, report_type = :t, report_bytes = :b where id = :id")
                    .param("n", upload.name() == null || upload.name().isBlank() ? "bao-cao" : upload.name())
                    .param("t", upload.contentType() == null ? "application/octet-stream" : upload.contentType())
                    .param("b", upload.content()).param("id", id).update();
        }
        Day after = byId(id).orElseThrow();
        audit.record(before.isPresent() ? "UPDATE" : "CREATE", AUDIT_TYPE, String.valueOf(id),
                "Ngày hội Đại đoàn kết " + year + " của " + area.fullName(), before.orElse(null), after);
        events.publishEvent(StatisticChanged.at(METRIC, areaCode, LocalDate.of(year, 1, 1)));
        return id;
    }

    /** Records an award given at an area's day in the awards register (its rules and permission check apply). */
    @Transactional
    public long award(long dayId, NewAward award) {
        Day day = byId(dayId).orElseThrow(() -> new AccessDeniedException("no unity day " + dayId));
        areaOn(day.areaCode(), day.year(), "unityday.record");
        return awards.recordAt(new Occasion(OCCASION, dayId), award);
    }

    /** The report file of a day the user may view. */
    public Optional<File> file(long dayId) {
        Optional<Day> day = byId(dayId);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        areaOn(day.get().areaCode(), day.get().year(), "unityday.view");
        return jdbc.sql("select report_name, report_type, report_bytes from plan_unity_day where id = :id and "
                + "report_bytes is not null").param("id", dayId)
                .query((rs, i) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    static final String SELECT = """
            select id, area_code, year, plan, planned_on, held_on, attendance, report_text, report_name,
                houses_handed, next_families, next_area, reported_on, recorded_by from plan_unity_day""";

    static Day day(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Day(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), (Integer) rs.getObject(7),
                rs.getString(8), rs.getString(9), rs.getInt(10), rs.getInt(11), rs.getBoolean(12),
                rs.getObject(13, LocalDate.class), rs.getString(14));
    }

    private static String text(String s, int max, String field, List<Refused.Reason> wrong) {
        String t = s == null ? "" : s.strip();
        if (t.length() > max) {
            wrong.add(Refused.Reason.of(field, "plan.unityday.text.long", max));
        }
        return t;
    }

    private static LocalDate date(String s, String field, int year, List<Refused.Reason> wrong) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Optional<LocalDate> d = Dates.parse(s);
        if (d.isEmpty() || d.get().getYear() != year) {
            wrong.add(Refused.Reason.of(field, "plan.unityday.date.invalid", s.strip(), year));
            return null;
        }
        return d.get();
    }

    private static Integer number(String s, int max, String field, List<Refused.Reason> wrong, boolean blankNull) {
        if (s == null || s.isBlank()) {
            return blankNull ? null : 0;
        }
        try {
            int v = Integer.parseInt(s.strip());
            if (v >= 0 && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        wrong.add(Refused.Reason.of(field, "plan.unityday.number.invalid", 0, max));
        return null;
    }

    static Comparator<Line> byPath() {
        return Comparator.comparing(l -> l.area().path());
    }
}
