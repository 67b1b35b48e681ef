package vn.chungsuc.territory;

import java.time.LocalDate;

/** A unit took a new name or type on a date. */
public record UnitRenamed(String code, String oldFullName, String newFullName, LocalDate effectiveOn)
        implements UnitsChanged {

    @Override
    public LocalDate changedFrom() {
        return effectiveOn;
    }
}
