package vn.chungsuc.indicators.domain;

import java.time.LocalDate;

/**
 * What is measured: a numerator over a denominator.
 *
 * @param numeratorMetric for a computed indicator, the metric counted as numerator; for an entered one, the metric
 *     that will replace the entry once a module publishes it (or null)
 * @param recordsLink where the records behind a computed number are listed, {@code {unit}} and {@code {asOf}}
 *     replaced; null when none
 */
public record Indicator(String code, String name, Method method, EntryLevel entryLevel, String numeratorLabel,
        String denominatorLabel, boolean denominatorRequired, String numeratorMetric, String denominatorMetric,
        String recordsLink, String description) {

    public boolean entered() {
        return method == Method.ENTERED;
    }

    /** The link to the records behind a unit's number, or null. */
    public String recordsLinkFor(String unitCode, LocalDate asOf) {
        if (recordsLink == null || recordsLink.isBlank()) {
            return null;
        }
        return recordsLink.replace("{unit}", unitCode).replace("{asOf}", asOf.toString());
    }
}
