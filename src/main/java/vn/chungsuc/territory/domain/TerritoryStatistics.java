package vn.chungsuc.territory.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.stats.Metric;
import vn.chungsuc.shared.stats.StatisticSource;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.TerritoryMetrics;
import vn.chungsuc.territory.UnitType;
import vn.chungsuc.territory.UnitView;

/**
 * Counts of residential areas, villages, quarters, communes and wards on a date, for the indicators. Changes of
 * units are announced by the territory's own events (UnitAdded, UnitsMerged…), which the indicators follow.
 */
@Component
class TerritoryStatistics implements StatisticSource {

    private final TerritoryApi territory;

    TerritoryStatistics(TerritoryApi territory) {
        this.territory = territory;
    }

    @Override
    public List<Metric> metrics() {
        return List.of(
                new Metric(TerritoryMetrics.RESIDENTIAL_AREAS, "territory.metric.residentialAreas", "RESIDENTIAL_AREA",
                        false),
                new Metric(TerritoryMetrics.VILLAGES, "territory.metric.villages", "RESIDENTIAL_AREA", false),
                new Metric(TerritoryMetrics.QUARTERS, "territory.metric.quarters", "RESIDENTIAL_AREA", false),
                new Metric(TerritoryMetrics.COMMUNES, "territory.metric.communes", "COMMUNE", false),
                new Metric(TerritoryMetrics.WARDS, "territory.metric.wards", "WARD", false));
    }

    @Override
    public Map<String, Long> countByUnit(String metricCode, LocalDate asOf) {
        Set<UnitType> types = TerritoryMetrics.TYPES.get(metricCode);
        if (types == null) {
            return Map.of();
        }
        Map<String, Long> out = new HashMap<>();
        for (UnitView u : territory.subtree("VN", asOf, UnitScope.ALL)) {
            if (types.contains(u.type())) {
                out.put(u.code(), 1L);
            }
        }
        return out;
    }
}
