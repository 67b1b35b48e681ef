package vn.chungsuc.indicators.domain;

import vn.chungsuc.shared.time.Period;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The numerator and denominator of a computed indicator at each unit where records sit, counted from the metrics as
 * of the end of the period. Empty when no source provides the numerator's metric; without a denominator metric (a
 * plain count) the denominator is 0.
 */
public final class ComputedFacts {

    private ComputedFacts() {
    }

    public static Optional<Map<String, Fraction>> count(Indicator indicator, Period period, MetricCounter counter) {
        return count(indicator, period, counter, null);
    }

    /** The same for some units only (null: all units); units with nothing to count are left out. */
    public static Optional<Map<String, Fraction>> count(Indicator indicator, Period period, MetricCounter counter,
            Collection<String> units) {
        LocalDate asOf = period.end();
        Optional<Map<String, Long>> numerators = counter.count(indicator.numeratorMetric(), asOf, units);
        if (numerators.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> denominators = indicator.denominatorMetric() == null ? Map.of()
                : counter.count(indicator.denominatorMetric(), asOf, units).orElse(Map.of());
        Map<String, Fraction> out = new HashMap<>();
        numerators.get().forEach((unit, n) -> out.merge(unit, new Fraction(n, 0), Fraction::plus));
        denominators.forEach((unit, d) -> out.merge(unit, new Fraction(0, d), Fraction::plus));
        out.values().removeIf(Fraction::isZero);
        return Optional.of(out);
    }
}
