package vn.chungsuc.territory;

import java.time.LocalDate;

/** A unit was recorded, valid from a date. */
public record UnitAdded(String code, String parentCode, LocalDate validFrom) implements UnitsChanged {

    @Override
    public LocalDate changedFrom() {
        return validFrom;
    }
}
