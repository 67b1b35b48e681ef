package vn.chungsuc.poverty.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.stats.Metric;
import vn.chungsuc.shared.stats.StatisticChanged;
import vn.chungsuc.shared.stats.StatisticSource;

/**
 * Poor and near-poor households per residential area, from the list in force on the date: for each residential
 * area, the list of the latest review whose decision (by the commune chair) is dated on or before the date. A list decided in
 * December therefore counts at the end of that year and through the first half of the next year, until the next
 * decision; this is what a yearly metric means here ({@link Metric#yearly()}: the indicators count it as of a
 * period's last day). A household counts in the area where it lived when its list was decided; an officer's
 * override counts instead of the computed class.
 */
@Component
public class PovertyStatistics implements StatisticSource {

    public static final String POOR = "poverty.poor-households";
    public static final String NEAR_POOR = "poverty.near-poor-households";

    static final String IN_FORCE = """
            with lists as (
              select area_code, max(year) as year from poverty_list_area where decided_on <= :on%1$s
              group by area_code)
            select c.area_code as unit, count(*) as n
            from poverty_classification c join lists l on l.area_code = c.area_code and l.year = c.year
            where c.decided_on <= :on and coalesce(c.override_result, c.result) = :result%2$s
            group by c.area_code""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    PovertyStatistics(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public List<Metric> metrics() {
        return List.of(new Metric(POOR, "poverty.metric.poor", "HOUSEHOLD", true),
                new Metric(NEAR_POOR, "poverty.metric.nearPoor", "HOUSEHOLD", true));
    }

    @Override
    public Map<String, Long> countByUnit(String metricCode, LocalDate asOf) {
        return count(metricCode, asOf, null);
    }

    /** Only the areas asked for (an officer's override, one area's decided list). */
    @Override
    public Map<String, Long> countByUnit(String metricCode, LocalDate asOf, Collection<String> units) {
        return units.isEmpty() ? Map.of() : count(metricCode, asOf, units);
    }

    private Map<String, Long> count(String metricCode, LocalDate asOf, Collection<String> units) {
        String result = switch (metricCode) {
            case POOR -> "POOR";
            case NEAR_POOR -> "NEAR_POOR";
            default -> null;
        };
        if (result == null) {
            return Map.of();
        }
        Map<String, Long> counts = new HashMap<>();
        var statement = units == null
                ? jdbc.sql(IN_FORCE.formatted("", ""))
                : jdbc.sql(IN_FORCE.formatted(" and area_code in (:units)", " and c.area_code in (:units)"))
                        .param("units", List.copyOf(units));
        statement.param("on", asOf).param("result", result)
                .query(rs -> {
                    counts.put(rs.getString("unit"), rs.getLong("n"));
                });
        return counts;
    }

    /** Announces, in the caller's transaction, that the lists of these areas changed from the date on. */
    public void changed(Collection<String> areas, LocalDate from) {
        for (String area : areas) {
            events.publishEvent(new StatisticChanged(POOR, area, from));
            events.publishEvent(new StatisticChanged(NEAR_POOR, area, from));
        }
    }
}
