package vn.chungsuc.indicators;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.chungsuc.shared.scope.UnitScope;

/** Progress against a programme's targets, for the reports and the public portal. */
public interface IndicatorsApi {

    /**
     * Every target of the programme for a unit (its own unit when null) and a year or its first half, with units
     * as on {@code unitsOn} (the end of the period when null). Empty when the programme or unit is unknown or
     * outside the scope.
     */
    Optional<List<TargetProgress>> progress(long programmeId, String unitCode, int year, boolean firstHalf,
            LocalDate unitsOn, UnitScope scope);

    /**
     * Every fact of every indicator and period, in the order of indicator, period and unit, handed one by one (a
     * province holds some hundred thousand): what a province publishes to the national view.
     */
    void eachFact(Consumer<IndicatorFact> sink);
}
