package vn.chungsuc.territory;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counts of units themselves that the territory module gives the programme's indicators (through
 * {@link vn.chungsuc.shared.stats.StatisticSource}): the denominators of targets such as "47/48 khu phố" or
 * "2/6 phường". Each unit counts 1 at its own code on the date.
 */
public final class TerritoryMetrics {

    public static final String RESIDENTIAL_AREAS = "territory.residential-areas";
    public static final String VILLAGES = "territory.villages";
    public static final String QUARTERS = "territory.quarters";
    public static final String COMMUNES = "territory.communes";
    public static final String WARDS = "territory.wards";

    /** The unit types each metric counts. */
    public static final Map<String, Set<UnitType>> TYPES = Map.of(
            RESIDENTIAL_AREAS, Set.of(UnitType.VILLAGE, UnitType.HAMLET, UnitType.QUARTER, UnitType.RESIDENTIAL_GROUP),
            VILLAGES, Set.of(UnitType.VILLAGE, UnitType.HAMLET),
            QUARTERS, Set.of(UnitType.QUARTER, UnitType.RESIDENTIAL_GROUP),
            COMMUNES, Set.of(UnitType.COMMUNE, UnitType.WARD, UnitType.TOWNSHIP, UnitType.SPECIAL_ZONE),
            WARDS, Set.of(UnitType.WARD));

    private TerritoryMetrics() {
    }

    /** Every metric code; a change of the units changes them all. */
    public static List<String> codes() {
        return List.copyOf(TYPES.keySet());
    }
}
