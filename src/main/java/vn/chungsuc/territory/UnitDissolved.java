package vn.chungsuc.territory;

import java.time.LocalDate;

/** A unit ended on a date without a successor named by the same event. */
public record UnitDissolved(String code, LocalDate effectiveOn) implements UnitsChanged {

    @Override
    public LocalDate changedFrom() {
        return effectiveOn;
    }
}
