package vn.chungsuc.indicators.domain;

import java.time.Instant;

/** One step in the history of an entered value. */
public record EntryEvent(long id, Instant at, String actor, String action, Long numerator, Long denominator,
        String comment) {
}
