package vn.chungsuc.shared.stats;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Published (through Spring's ApplicationEventPublisher) by a {@link StatisticSource}'s module, in the transaction
 * of a write that changes a metric's count for some units from a date (or for the year of that date) onwards.
 * Listeners recount those units; nothing waits for a nightly job. One event names every unit a write touched, so a
 * bulk import of thousands of households is one recount, not thousands.
 *
 * @param unitCodes the units whose count changed, as {@link StatisticSource#countByUnit} keys them (the residential
 *     area of a household, the commune of an agency); null when the change may touch any unit
 * @param from the first day the count changes; null when it may change on any day
 */
public record StatisticChanged(String metricCode, Set<String> unitCodes, LocalDate from) {

    public StatisticChanged {
        unitCodes = unitCodes == null ? null : Set.copyOf(unitCodes);
    }

    /** The count changed at these units (none: nothing to recount). */
    public static StatisticChanged at(String metricCode, Collection<String> unitCodes, LocalDate from) {
        return new StatisticChanged(metricCode, Set.copyOf(unitCodes), from);
    }

    /** The count changed at one unit. */
    public static StatisticChanged at(String metricCode, String unitCode, LocalDate from) {
        return new StatisticChanged(metricCode, Set.of(unitCode), from);
    }

    /** The count may have changed at any unit. */
    public static StatisticChanged anywhere(String metricCode, LocalDate from) {
        return new StatisticChanged(metricCode, null, from);
    }
}
