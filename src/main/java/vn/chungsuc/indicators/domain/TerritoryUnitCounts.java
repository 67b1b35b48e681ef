package vn.chungsuc.indicators.domain;

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
import vn.chungsuc.territory.UnitType;
import vn.chungsuc.territory.UnitView;

/**
 * Counts of units themselves (residential areas, villages, quarters, communes, wards), the denominators of targets
 * such as "47/48 khu phố". Each unit counts 1 at its own code on the date. It reads the territory module's public
 * API; it lives here until the territory module publishes these metrics itself.
 */
@Component
class TerritoryUnitCounts implements StatisticSource {

    static final String RESIDENTIAL_AREAS = "territory.residential-areas";
    static final String VILLAGES = "territory.villages";
    static final String QUARTERS = "territory.quarters";
    static final String COMMUNES = "territory.communes";
    static final String WARDS = "territory.wards";

    private static final Map<String, Set<UnitType>> TYPES = Map.of(
            RESIDENTIAL_AREAS, Set.of(UnitType.VILLAGE, UnitType.HAMLET, UnitType.QUARTER, UnitType.RESIDENTIAL_GROUP),
            VILLAGES, Set.of(UnitType.VILLAGE, UnitType.HAMLET),
            QUARTERS, Set.of(UnitType.QUARTER, UnitType.RESIDENTIAL_GROUP),
            COMMUNES, Set.of(UnitType.COMMUNE, UnitType.WARD, UnitType.TOWNSHIP, UnitType.SPECIAL_ZONE),
            WARDS, Set.of(UnitType.WARD));

    private final TerritoryApi territory;

    TerritoryUnitCounts(TerritoryApi territory) {
        this.territory = territory;
    }

    @Override
    public List<Metric> metrics() {
        return List.of(
                new Metric(RESIDENTIAL_AREAS, "indicators.metric.residentialAreas", "RESIDENTIAL_AREA", false),
                new Metric(VILLAGES, "indicators.metric.villages", "RESIDENTIAL_AREA", false),
                new Metric(QUARTERS, "indicators.metric.quarters", "RESIDENTIAL_AREA", false),
                new Metric(COMMUNES, "indicators.metric.communes", "COMMUNE", false),
                new Metric(WARDS, "indicators.metric.wards", "WARD", false));
    }

    @Override
    public Map<String, Long> countByUnit(String metricCode, LocalDate asOf) {
        Set<UnitType> types = TYPES.get(metricCode);
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

    static List<String> codes() {
        return List.copyOf(TYPES.keySet());
    }
}
