package vn.chungsuc.territory;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A unit is divided among others on a date (chia tách): it ends on that date and each unit directly under it goes,
 * with its subtree, to the unit named for it; a lineage event links the unit to each of those that took part of it.
 *
 * @param assignments each unit under the source on the date (its code) and the unit, existing on that date at the
 *     source's level, that takes it over; every unit under the source must be named
 */
public record Split(String source, Map<String, String> assignments, LocalDate effectiveOn, String legalBasis,
        String note) {

    public Split {
        assignments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(assignments));
    }
}
