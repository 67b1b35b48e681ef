package vn.chungsuc.poverty.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.chungsuc.poverty.PovertyStatusChanged;
import vn.chungsuc.shared.stats.CountingStatisticSource;
import vn.chungsuc.shared.stats.Metric;
import vn.chungsuc.shared.stats.StatisticChanged;

/**
 * Poor and near-poor households per residential area, from the list in force on the date: for each residential
 * area, the list of the latest review whose decision (by the commune chair) is dated on or before the date. A list decided in
 * December therefore counts at the end of that year and through the first half of the next year, until the next
 * decision; this is what a yearly metric means here ({@link Metric#yearly()}: the indicators count it as of a
 * period's last day). A household counts in the area where it lived when its list was decided; an officer's
 * override counts instead of the computed class.
 */
@Component
public class PovertyStatistics extends CountingStatisticSource {

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

    private final ApplicationEventPublisher events;

    PovertyStatistics(JdbcClient jdbc, ApplicationEventPublisher events) {
        super(jdbc);
        this.events = events;
    }

    @Override
    public List<Metric> metrics() {
        return List.of(new Metric(POOR, "poverty.metric.poor", "HOUSEHOLD", true),
                new Metric(NEAR_POOR, "poverty.metric.nearPoor", "HOUSEHOLD", true));
    }

    @Override
    protected List<Query> queries(String metricCode, LocalDate asOf, boolean someUnits) {
        String result = switch (metricCode) {
            case POOR -> "POOR";
            case NEAR_POOR -> "NEAR_POOR";
            default -> null;
        };
        if (result == null) {
            return List.of();
        }
        String sql = someUnits ? IN_FORCE.formatted(" and area_code in (:units)", " and c.area_code in (:units)")
                : IN_FORCE.formatted("", "");
        return List.of(new Query(sql, Map.of("result", result)));
    }

    /**
     * Announces, in the caller's transaction, that the lists of these areas changed from the date on, for any
     * household in them (a bulk load such as the demo's).
     */
    public void changed(Collection<String> areas, LocalDate from) {
        events.publishEvent(new PovertyStatusChanged(Set.copyOf(areas), null, from));
    }

    /** A change of status moves the counts of its areas (after its commit; see {@link PovertyStatusChanged}). */
    @ApplicationModuleListener
    void on(PovertyStatusChanged changed) {
        events.publishEvent(StatisticChanged.at(POOR, changed.areaCodes(), changed.from()));
        events.publishEvent(StatisticChanged.at(NEAR_POOR, changed.areaCodes(), changed.from()));
    }
}
