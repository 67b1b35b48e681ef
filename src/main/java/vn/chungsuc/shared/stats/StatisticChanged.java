package vn.chungsuc.shared.stats;

import java.time.LocalDate;

/**
 * Published (through Spring's ApplicationEventPublisher) by a {@link StatisticSource}'s module, in the transaction
 * of a write that changes a metric's count for a unit from a date (or for the year of that date) onwards. Listeners
 * recount that unit; nothing waits for a nightly job.
 *
 * @param unitCode the unit whose count changed, as {@link StatisticSource#countByUnit} keys it (the residential area
 *     of a household, the commune of an agency); null when the change may touch any unit
 * @param from the first day the count changes; null when it may change on any day
 */
public record StatisticChanged(String metricCode, String unitCode, LocalDate from) {
}
