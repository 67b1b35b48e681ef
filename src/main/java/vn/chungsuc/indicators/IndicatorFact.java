package vn.chungsuc.indicators;

/**
 * One fact of an indicator: the numerator and denominator counted or approved at the unit where the records sit
 * (a commune or a residential area) for a period ("2024" or "2024-H1"). Aggregates only: no person or household.
 */
public record IndicatorFact(String indicatorCode, String indicatorName, String period, String unitCode,
        long numerator, long denominator) {
}
