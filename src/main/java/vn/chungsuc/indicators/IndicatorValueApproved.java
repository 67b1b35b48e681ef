package vn.chungsuc.indicators;

/** A value entered for a unit and period was approved; its figures moved in the same transaction. */
public record IndicatorValueApproved(String indicatorCode, String unitCode, String period, long numerator,
        long denominator) {
}
