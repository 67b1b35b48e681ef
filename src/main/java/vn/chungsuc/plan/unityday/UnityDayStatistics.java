package vn.chungsuc.plan.unityday;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.stats.CountingStatisticSource;
import vn.chungsuc.shared.stats.Metric;

/**
 * The residential areas that held their Great Unity Day in the year of the date asked for (by that date), counted
 * at the area; the indicators roll them up the unit tree, so a commune's figure is its areas that held it.
 */
@Component
class UnityDayStatistics extends CountingStatisticSource {

    UnityDayStatistics(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public List<Metric> metrics() {
        return List.of(new Metric(UnityDays.METRIC, "plan.metric.unity-days-held", "RESIDENTIAL_AREA", true));
    }

    @Override
    protected List<Query> queries(String metricCode, LocalDate asOf, boolean someUnits) {
        if (!UnityDays.METRIC.equals(metricCode)) {
            return List.of();
        }
        return List.of(new Query("""
                select area_code as unit, count(*) as n from plan_unity_day
                where year = :year and held_on is not null and held_on <= :on%s
                group by area_code""".formatted(someUnits ? " and area_code in (:units)" : ""),
                Map.of("year", asOf.getYear())));
    }
}
