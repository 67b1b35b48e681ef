package vn.chungsuc.indicators.domain;

import vn.chungsuc.shared.time.Period;
import java.time.Instant;

/**
 * A value entered for an indicator, a unit and a period. The values in force are the approved ones; the entered
 * numerator and denominator may be a newer draft or submission waiting for approval.
 */
public record Entry(long id, String indicatorCode, String unitCode, Period period, EntryStatus status, long numerator,
        long denominator, String note, Long approvedNumerator, Long approvedDenominator, String approvedBy,
        Instant approvedAt, String submittedBy, Instant submittedAt, String updatedBy, Instant updatedAt,
        int version) {

    public boolean hasApproved() {
        return approvedNumerator != null;
    }

    public Fraction approved() {
        return hasApproved() ? new Fraction(approvedNumerator, approvedDenominator) : null;
    }

    public Fraction value() {
        return new Fraction(numerator, denominator);
    }
}
