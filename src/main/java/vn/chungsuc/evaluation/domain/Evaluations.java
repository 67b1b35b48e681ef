package vn.chungsuc.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.evaluation.EvaluationPermissions;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.stats.StatisticChanged;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * The Front's evaluation of each residential area per half-year ("2019-H1") and year ("2019"): the Ban Công tác Mặt
 * trận submits its self-assessment (points per criterion of the scale that applies, an evidence note), the commune
 * (its Front or officer) reviews it, agreeing or adjusting the points with a note, which gives the final level; the
 * Front records satisfaction polls. Areas are those of the unit tree on the period's last day, so a period after the
 * 2025 mergers shows the areas under the merged wards. Every read and write checks the area against the user's units.
 */
@Service
@Transactional(readOnly = true)
public class Evaluations {

    /** The metrics the statistics count (kept here so a write names what it changed). */
    static final List<String> METRICS = List.of(EvaluationStatistics.REVIEWED, EvaluationStatistics.LEVEL_1,
            EvaluationStatistics.LEVEL_2, EvaluationStatistics.LEVEL_3, EvaluationStatistics.LEVEL_4,
            EvaluationStatistics.POLLED, EvaluationStatistics.SATISFIED);

    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final EvaluationPermissions permissions;
    private final Scales scales;
    private final Today today;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Evaluations(JdbcClient jdbc, TerritoryApi territory, EvaluationPermissions permissions, Scales scales,
            Today today, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.territory = territory;
        this.permissions = permissions;
        this.scales = scales;
        this.today = today;
        this.audit = audit;
        this.events = events;
    }

    /** An evaluation as stored. */
    public record Assessment(long id, String areaUnit, String communeUnit, String period, long scaleId, String state,
            String evidence, BigDecimal selfScore, String selfLevel, String submittedBy, LocalDate submittedOn,
            String review, String reviewNote, BigDecimal finalScore, String finalLevel, Integer finalPosition,
            String reviewedBy, LocalDate reviewedOn, Map<Long, BigDecimal> selfPoints,
            Map<Long, BigDecimal> finalPoints) {

        public boolean reviewed() {
            return "REVIEWED".equals(state);
        }
    }

    public record Poll(String areaUnit, String period, LocalDate heldOn, int sampleSize, int satisfied, String note,
            String recordedBy) {

        /** Satisfied as a percentage of the sample, one decimal. */
        public BigDecimal percent() {
            return BigDecimal.valueOf(satisfied).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(sampleSize), 1, RoundingMode.HALF_UP);
        }
    }

    /** One residential area of the list: where it sits on the period's last day and where its evaluation stands. */
    public record Row(UnitView area, UnitView commune, Assessment assessment, Poll poll) {
    }

    /** The period asked for, or the latest half-year or year that has ended. Refuses a span or a bad code. */
    public Period period(String code) {
        if (code == null || code.isBlank()) {
            LocalDate d = today.date();
            return d.getMonthValue() >= 7 ? Period.firstHalf(d.getYear()) : Period.year(d.getYear() - 1);
        }
        if (!Period.valid(code) || Period.parse(code).span()) {
            throw new Refused("period", "evaluation.period.invalid");
        }
        Period p = Period.parse(code);
        if (p.start().isAfter(today.date())) {
            throw new Refused("period", "evaluation.period.future", p.code());
        }
        return p;
    }

    /** The residential areas the user may view on the period's last day, with their evaluation and poll. */
    public List<Row> rows(Period period) {
        LocalDate end = period.end();
        UnitScope scope = permissions.scope();
        Collection<String> roots = scope.everything()
                ? territory.roots(end, UnitScope.ALL).stream().map(n -> n.unit().code()).toList()
                : scope.allViewRoots();
        Map<String, UnitView> areas = new LinkedHashMap<>();
        Map<String, UnitView> communes = new HashMap<>();
        for (String root : roots) {
            for (UnitView u : territory.subtree(root, end, UnitScope.ALL)) {
                if (u.level() == UnitLevel.COMMUNE) {
                    communes.put(u.code(), u);
                } else if (u.level() == UnitLevel.RESIDENTIAL_AREA && permissions.mayAt("area.view", u.path())) {
                    areas.putIfAbsent(u.code(), u);
                }
            }
        }
        if (areas.isEmpty()) {
            return List.of();
        }
        Map<String, Assessment> assessments = new HashMap<>();
        for (Assessment a : assessments(areas.keySet(), period)) {
            assessments.put(a.areaUnit(), a);
        }
        Map<String, Poll> polls = new HashMap<>();
        jdbc.sql("select * from evaluation_poll where period = :p and area_unit in (:u)")
                .param("p", period.code()).param("u", List.copyOf(areas.keySet()))
                .query((rs, i) -> poll(rs)).list().forEach(p -> polls.put(p.areaUnit(), p));
        List<Row> out = new ArrayList<>();
        for (UnitView a : areas.values()) {
            UnitView commune = communes.computeIfAbsent(a.parentCode(),
                    c -> territory.find(c, end, UnitScope.ALL).orElse(null));
            out.add(new Row(a, commune, assessments.get(a.code()), polls.get(a.code())));
        }
        return out;
    }

    /** One area for a period: refused unless the user may view it; empty when it was not an area on that day. */
    public Optional<Row> row(String areaCode, Period period) {
        UnitView area = area(areaCode, period, "area.view");
        UnitView commune = territory.find(area.parentCode(), period.end(), UnitScope.ALL).orElse(null);
        Assessment a = assessments(List.of(area.code()), period).stream().findFirst().orElse(null);
        Poll p = jdbc.sql("select * from evaluation_poll where period = :p and area_unit = :u")
                .param("p", period.code()).param("u", area.code()).query((rs, i) -> poll(rs)).optional()
                .orElse(null);
        return Optional.of(new Row(area, commune, a, p));
    }

    /** The scale that applies to the area for the period (its province's, in force on the period's last day). */
    public Optional<Scales.Scale> scaleFor(UnitView area, Period period) {
        List<String> path = area.pathCodes();
        if (path.size() < 2) {
            return Optional.empty();
        }
        return scales.applying(path.get(1), period.year(), period.end());
    }

    public boolean may(String action, UnitView unit) {
        return unit != null && permissions.mayAt(action, unit.path());
    }

    /** What the area's Ban Công tác Mặt trận sends: points per criterion id (as typed) and an evidence note. */
    public record SelfAssessment(Map<Long, String> points, String evidence) {
    }

    /** Submits (or, until it is reviewed, submits again) the area's self-assessment for the period. */
    @Transactional
    public long submit(String areaCode, String periodCode, SelfAssessment s) {
        Period period = period(periodCode);
        UnitView area = area(areaCode, period, "area.self");
        Scales.Scale scale = scaleFor(area, period)
                .orElseThrow(() -> new Refused("period", "evaluation.scale.none", period.code()));
        Optional<Assessment> earlier = assessments(List.of(area.code()), period).stream().findFirst();
        if (earlier.isPresent() && earlier.get().reviewed()) {
            throw new Refused("period", "evaluation.self.reviewed");
        }
        List<Refused.Reason> wrong = new ArrayList<>();
        Map<Long, BigDecimal> points = points(scale, s.points(), wrong);
        String evidence = s.evidence() == null ? "" : s.evidence().strip();
        if (evidence.length() > 4000) {
            wrong.add(Refused.Reason.of("evidence", "evaluation.long", "4000"));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        BigDecimal total = scale.total(points);
        Scales.Level level = scale.level(total);
        long id;
        if (earlier.isPresent()) {
            id = earlier.get().id();
            jdbc.sql("""
                    update evaluation_assessment set scale_id = :s, evidence = :e, self_score = :t, self_level = :l,
                      submitted_by = :by, submitted_on = :on, commune_unit = :c where id = :id""")
                    .param("s", scale.id()).param("e", evidence).param("t", total).param("l", level.name())
                    .param("by", permissions.username()).param("on", today.date()).param("c", area.parentCode())
                    .param("id", id).update();
            jdbc.sql("delete from evaluation_assessment_score where assessment_id = :id").param("id", id).update();
        } else {
            id = jdbc.sql("""
                    insert into evaluation_assessment (area_unit, commune_unit, period, period_end, scale_id, state,
                        evidence, self_score, self_level, submitted_by, submitted_on)
                    values (:a, :c, :p, :end, :s, 'SUBMITTED', :e, :t, :l, :by, :on) returning id""")
                    .param("a", area.code()).param("c", area.parentCode()).param("p", period.code())
                    .param("end", period.end()).param("s", scale.id()).param("e", evidence).param("t", total)
                    .param("l", level.name()).param("by", permissions.username()).param("on", today.date())
                    .query(Long.class).single();
        }
        long assessment = id;
        points.forEach((criterion, p) -> jdbc.sql("""
                insert into evaluation_assessment_score (assessment_id, criterion_id, self_points)
                values (:a, :c, :p)""").param("a", assessment).param("c", criterion).param("p", p).update());
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("period", period.code());
        value.put("score", total);
        value.put("level", level.name());
        audit.record(earlier.isPresent() ? "UPDATE" : "CREATE", "evaluation.assessment", String.valueOf(id),
                "Tự đánh giá " + area.fullName() + " kỳ " + period.code(),
                earlier.map(e -> (Object) Map.of("score", e.selfScore(), "level", e.selfLevel())).orElse(null),
                value);
        return id;
    }

    /** The commune's review: AGREE keeps the area's points; ADJUST takes new points and needs a note. */
    public record Review(String decision, Map<Long, String> points, String note) {
    }

    @Transactional
    public void review(String areaCode, String periodCode, Review r) {
        Period period = period(periodCode);
        UnitView area = area(areaCode, period, "area.review");
        Assessment a = assessments(List.of(area.code()), period).stream().findFirst()
                .orElseThrow(() -> new Refused("period", "evaluation.review.nothing", period.code()));
        if (a.reviewed()) {
            throw new Refused("decision", "evaluation.review.done", a.reviewedBy(), a.reviewedOn());
        }
        Scales.Scale scale = scales.find(a.scaleId()).orElseThrow();
        List<Refused.Reason> wrong = new ArrayList<>();
        String note = r.note() == null ? "" : r.note().strip();
        if (note.length() > 4000) {
            wrong.add(Refused.Reason.of("note", "evaluation.long", "4000"));
        }
        Map<Long, BigDecimal> finalPoints;
        if ("AGREE".equals(r.decision())) {
            finalPoints = a.selfPoints();
        } else if ("ADJUST".equals(r.decision())) {
            finalPoints = points(scale, r.points(), wrong);
            if (note.isEmpty()) {
                wrong.add(Refused.Reason.of("note", "evaluation.review.note"));
            }
        } else {
            wrong.add(Refused.Reason.of("decision", "evaluation.review.decision"));
            finalPoints = Map.of();
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        BigDecimal total = scale.total(finalPoints);
        Scales.Level level = scale.level(total);
        int position = scale.levels().indexOf(level) + 1;
        jdbc.sql("""
                update evaluation_assessment set state = 'REVIEWED', review = :r, review_note = :n, final_score = :t,
                  final_level = :l, final_position = :pos, reviewed_by = :by, reviewed_on = :on where id = :id""")
                .param("r", r.decision()).param("n", note.isEmpty() ? null : note).param("t", total)
                .param("l", level.name()).param("pos", position).param("by", permissions.username())
                .param("on", today.date()).param("id", a.id()).update();
        finalPoints.forEach((criterion, p) -> jdbc.sql("""
                update evaluation_assessment_score set final_points = :p
                where assessment_id = :a and criterion_id = :c""").param("p", p).param("a", a.id())
                .param("c", criterion).update());
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("review", r.decision());
        value.put("score", total);
        value.put("level", level.name());
        value.put("note", note);
        audit.record("UPDATE", "evaluation.assessment", String.valueOf(a.id()),
                "Xét đánh giá " + area.fullName() + " kỳ " + period.code(),
                Map.of("state", a.state(), "score", a.selfScore(), "level", a.selfLevel()), value);
        changed(area, period);
    }

    /** What the poll form sends. */
    public record NewPoll(String heldOn, String sampleSize, String satisfied, String note) {
    }

    @Transactional
    public void recordPoll(String areaCode, String periodCode, NewPoll p) {
        Period period = period(periodCode);
        UnitView area = area(areaCode, period, "poll.record");
        List<Refused.Reason> wrong = new ArrayList<>();
        LocalDate held = Dates.parse(p.heldOn()).orElse(null);
        if (held == null) {
            wrong.add(Refused.Reason.of("heldOn", "evaluation.date.invalid"));
        } else if (held.isAfter(today.date())) {
            wrong.add(Refused.Reason.of("heldOn", "evaluation.date.future", held));
        } else if (held.isBefore(period.start())) {
            wrong.add(Refused.Reason.of("heldOn", "evaluation.poll.before", period.code()));
        }
        Integer sample = count(p.sampleSize(), "sampleSize", 1, 1_000_000, wrong);
        Integer satisfied = count(p.satisfied(), "satisfied", 0, 1_000_000, wrong);
        if (sample != null && satisfied != null && satisfied > sample) {
            wrong.add(Refused.Reason.of("satisfied", "evaluation.poll.more", sample));
        }
        String note = p.note() == null ? "" : p.note().strip();
        if (note.length() > 2000) {
            wrong.add(Refused.Reason.of("note", "evaluation.long", "2000"));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        Optional<Poll> old = jdbc.sql("select * from evaluation_poll where area_unit = :a and period = :p")
                .param("a", area.code()).param("p", period.code()).query((rs, i) -> poll(rs)).optional();
        jdbc.sql("""
                insert into evaluation_poll (area_unit, commune_unit, period, period_end, held_on, sample_size,
                    satisfied, note, recorded_by)
                values (:a, :c, :p, :end, :h, :n, :s, :note, :by)
                on conflict (area_unit, period) do update set held_on = excluded.held_on,
                    sample_size = excluded.sample_size, satisfied = excluded.satisfied, note = excluded.note,
                    recorded_by = excluded.recorded_by, commune_unit = excluded.commune_unit""")
                .param("a", area.code()).param("c", area.parentCode()).param("p", period.code())
                .param("end", period.end()).param("h", held).param("n", sample).param("s", satisfied)
                .param("note", note.isEmpty() ? null : note).param("by", permissions.username()).update();
        audit.record(old.isPresent() ? "UPDATE" : "CREATE", "evaluation.poll", area.code() + ":" + period.code(),
                "Khảo sát sự hài lòng " + area.fullName() + " kỳ " + period.code(),
                old.map(o -> (Object) Map.of("sample", o.sampleSize(), "satisfied", o.satisfied())).orElse(null),
                Map.of("heldOn", held, "sample", sample, "satisfied", satisfied));
        changed(area, period);
    }

    private void changed(UnitView area, Period period) {
        LocalDate from = period.end().isAfter(today.date()) ? today.date() : period.start();
        for (String metric : METRICS) {
            events.publishEvent(StatisticChanged.at(metric, area.code(), from));
        }
    }

    /** The area on the period's last day, if the user may take the action on it; refused otherwise. */
    UnitView area(String code, Period period, String action) {
        if (code == null || code.length() > 40) {
            throw new AccessDeniedException("no such area");
        }
        UnitView area = territory.find(code, period.end(), UnitScope.ALL)
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).orElse(null);
        if (area == null || !permissions.mayAt(action, area.path())) {
            // the same answer for an area outside the user's units as for none: nothing about it is told
            if (area == null && territory.versions(code, UnitScope.ALL).stream()
                    .anyMatch(u -> u.level() == UnitLevel.RESIDENTIAL_AREA && permissions.mayAt("area.view",
                            u.path()))) {
                throw new Refused("period", "evaluation.area.notThen", period.code());
            }
            throw new AccessDeniedException("may not " + action + " on " + code);
        }
        return area;
    }

    private Map<Long, BigDecimal> points(Scales.Scale scale, Map<Long, String> given, List<Refused.Reason> wrong) {
        Map<Long, BigDecimal> out = new LinkedHashMap<>();
        for (Scales.Criterion c : scale.criteria()) {
            BigDecimal p = Scales.number(given == null ? null : given.get(c.id()), "p" + c.id(), c.maxPoints(),
                    wrong, false);
            if (p != null) {
                out.put(c.id(), p);
            }
        }
        return out;
    }

    private static Integer count(String text, String field, int min, int max, List<Refused.Reason> wrong) {
        try {
            String v = text == null ? "" : text.strip().replace(".", "");
            int n = v.length() > 9 ? -1 : Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        wrong.add(Refused.Reason.of(field, "evaluation.count.invalid", min, max));
        return null;
    }

    List<Assessment> assessments(Collection<String> areas, Period period) {
        if (areas.isEmpty()) {
            return List.of();
        }
        List<Assessment> list = jdbc.sql("""
                select * from evaluation_assessment where period = :p and area_unit in (:u)""")
                .param("p", period.code()).param("u", List.copyOf(areas)).query((rs, i) -> assessment(rs)).list();
        if (list.isEmpty()) {
            return list;
        }
        Map<Long, Map<Long, BigDecimal>> self = new HashMap<>();
        Map<Long, Map<Long, BigDecimal>> fin = new HashMap<>();
        jdbc.sql("select * from evaluation_assessment_score where assessment_id in (:ids)")
                .param("ids", list.stream().map(Assessment::id).toList()).query(rs -> {
                    long a = rs.getLong("assessment_id");
                    long c = rs.getLong("criterion_id");
                    self.computeIfAbsent(a, k -> new HashMap<>()).put(c, rs.getBigDecimal("self_points"));
                    BigDecimal f = rs.getBigDecimal("final_points");
                    if (f != null) {
                        fin.computeIfAbsent(a, k -> new HashMap<>()).put(c, f);
                    }
                });
        return list.stream().map(a -> new Assessment(a.id(), a.areaUnit(), a.communeUnit(), a.period(), a.scaleId(),
                a.state(), a.evidence(), a.selfScore(), a.selfLevel(), a.submittedBy(), a.submittedOn(), a.review(),
                a.reviewNote(), a.finalScore(), a.finalLevel(), a.finalPosition(), a.reviewedBy(), a.reviewedOn(),
                self.getOrDefault(a.id(), Map.of()), fin.getOrDefault(a.id(), Map.of()))).toList();
    }

    private static Assessment assessment(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Assessment(rs.getLong("id"), rs.getString("area_unit"), rs.getString("commune_unit"),
                rs.getString("period"), rs.getLong("scale_id"), rs.getString("state"), rs.getString("evidence"),
                rs.getBigDecimal("self_score"), rs.getString("self_level"), rs.getString("submitted_by"),
                rs.getObject("submitted_on", LocalDate.class), rs.getString("review"), rs.getString("review_note"),
                rs.getBigDecimal("final_score"), rs.getString("final_level"),
                (Integer) rs.getObject("final_position"), rs.getString("reviewed_by"),
                rs.getObject("reviewed_on", LocalDate.class), Map.of(), Map.of());
    }

    private static Poll poll(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Poll(rs.getString("area_unit"), rs.getString("period"),
                rs.getObject("held_on", LocalDate.class), rs.getInt("sample_size"), rs.getInt("satisfied"),
                rs.getString("note"), rs.getString("recorded_by"));
    }

    /** The residential areas below or at the given units on the date (a commune's areas; an area itself). */
    Set<UnitView> areasOf(Collection<String> unitCodes, LocalDate on) {
        Set<UnitView> out = new LinkedHashSet<>();
        for (String code : unitCodes) {
            for (UnitView u : territory.subtree(code, on, UnitScope.ALL)) {
                if (u.level() == UnitLevel.RESIDENTIAL_AREA) {
                    out.add(u);
                }
            }
        }
        return out;
    }
}
