package vn.chungsuc.feedback.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chungsuc.feedback.FeedbackPermissions;
import vn.chungsuc.feedback.ReportStatus;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;

/**
 * How bodies answer, per body, commune or category, over a span of months, as Vietnamese portals publish it and
 * with what they leave out: to handle = received in the span + carried over (received before, still unanswered at
 * its start); answered on time (by the legal deadline), late within a justified extension, late; the on-time rate
 * with its numerator and denominator; still unanswered past the deadline at the span's end; rated satisfied (4 or 5
 * of 5) and accepted by the reporter, counted apart; the median working days to answer. A group with fewer than
 * {@code minimum} reports to handle is shown but not ranked.
 */
@Component
public class Responsiveness {

    private final JdbcClient jdbc;
    private final Rules rules;
    private final Reports reports;
    private final TerritoryApi territory;
    private final FeedbackPermissions permissions;
    private final int minimum;

    Responsiveness(JdbcClient jdbc, Rules rules, Reports reports, TerritoryApi territory,
            FeedbackPermissions permissions, @Value("${chungsuc.feedback.rank-minimum:20}") int minimum) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.reports = reports;
        this.territory = territory;
        this.permissions = permissions;
        this.minimum = minimum;
    }

    public int minimum() {
        return minimum;
    }

    /** One group's figures; {@code rank} null when not ranked. */
    public record Row(String key, String name, int received, int carriedOver, int toHandle, int answered,
            int onTime, int extended, int late, int overdueOpen, int rated, int satisfied, int accepted,
            Double medianDays, Integer rank) {

        public Double onTimeRate() {
            return answered == 0 ? null : Math.round(1000.0 * onTime / answered) / 10.0;
        }
    }

    private record Fact(String body, String commune, String category, LocalDate received, LocalDate answered,
            LocalDate due, LocalDate extendedDue, LocalDate currentDue, ReportStatus status, Integer rating,
            Boolean accepted) {
    }

    /** The figures of the months from {@code from} to {@code to}, grouped by "body", "commune" or "category". */
    public List<Row> figures(YearMonth from, YearMonth to, String by, boolean checkScope) {
        LocalDate start = from.atDay(1);
        LocalDate end = to.atEndOfMonth();
        List<Fact> facts = jdbc.sql("""
                select body_code, commune_code, category_code, received_on, answered_on, due_on, extended_due_on,
                       current_due_on, status, rating, accepted
                from feedback_report
                where received_on <= :end and (answered_on is null or answered_on >= :start)""")
                .param("start", start).param("end", end)
                .query((rs, i) -> new Fact(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class), ReportStatus.valueOf(rs.getString(9)),
                        (Integer) rs.getObject(10), (Boolean) rs.getObject(11))).list();
        if (checkScope) {
            Map<String, Boolean> allowed = new java.util.HashMap<>();
            facts = facts.stream().filter(f -> allowed.computeIfAbsent(f.commune(),
                    c -> permissions.may("report.view", c, end))).toList();
        }
        Function<Fact, String> key = switch (by) {
            case "commune" -> Fact::commune;
            case "category" -> Fact::category;
            default -> f -> f.body() == null ? "-" : f.body();
        };
        Map<String, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : facts) {
            groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f);
        }
        WorkingCalendar calendar = rules.calendar();
        List<Row> rows = new ArrayList<>();
        for (var g : groups.entrySet()) {
            int received = 0;
            int carried = 0;
            int answered = 0;
            int onTime = 0;
            int extended = 0;
            int late = 0;
            int overdue = 0;
            int rated = 0;
            int satisfied = 0;
            int accepted = 0;
            List<Integer> days = new ArrayList<>();
            for (Fact f : g.getValue()) {
                if (f.received().isBefore(start)) {
                    carried++;
                } else {
                    received++;
                }
                if (f.answered() != null && !f.answered().isAfter(end)) {
                    answered++;
                    days.add(calendar.workingDaysBetween(f.received(), f.answered()));
                    if (!f.answered().isAfter(f.due())) {
                        onTime++;
                    } else if (f.extendedDue() != null && !f.answered().isAfter(f.extendedDue())) {
                        extended++;
                    } else {
                        late++;
                    }
                    if (f.rating() != null) {
                        rated++;
                        if (f.rating() >= 4) {
                            satisfied++;
                        }
                    }
                    if (Boolean.TRUE.equals(f.accepted())) {
                        accepted++;
                    }
                } else if ((f.extendedDue() != null ? f.extendedDue() : f.due()).isBefore(end)) {
                    overdue++;
                }
            }
            rows.add(new Row(g.getKey(), name(by, g.getKey()), received, carried, received + carried, answered,
                    onTime, extended, late, overdue, rated, satisfied, accepted, median(days), null));
        }
        List<Row> ranked = rows.stream().filter(r -> r.toHandle() >= minimum && r.answered() > 0)
                .sorted(Comparator.comparing(Row::onTimeRate).reversed()).toList();
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            int i = ranked.indexOf(r);
            out.add(i < 0 ? r : new Row(r.key(), r.name(), r.received(), r.carriedOver(), r.toHandle(), r.answered(),
                    r.onTime(), r.extended(), r.late(), r.overdueOpen(), r.rated(), r.satisfied(), r.accepted(),
                    r.medianDays(), rankOf(ranked, r)));
        }
        out.sort(Comparator.comparing((Row r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
                .thenComparing(Row::name));
        return out;
    }

    private static int rankOf(List<Row> ranked, Row r) {
        // equal rates share a rank
        int i = ranked.indexOf(r);
        while (i > 0 && java.util.Objects.equals(ranked.get(i - 1).onTimeRate(), r.onTimeRate())) {
            i--;
        }
        return i + 1;
    }

    private String name(String by, String key) {
        return switch (by) {
            case "commune" -> territory.latest(key).map(u -> u.fullName()).orElse(key);
            case "category" -> rules.category(key).map(c -> c.name(org.springframework.context.i18n.LocaleContextHolder.getLocale())).orElse(key);
            default -> "-".equals(key) ? "-" : reports.bodyName(key);
        };
    }

    static Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> s = values.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
    }

    static final Set<String> GROUPINGS = Set.of("body", "commune", "category");
}
