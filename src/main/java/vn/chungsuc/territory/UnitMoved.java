package vn.chungsuc.territory;

import java.time.LocalDate;

/** A unit moved with its subtree under another parent on a date. */
public record UnitMoved(String code, String fromParentCode, String toParentCode, LocalDate effectiveOn)
        implements UnitsChanged {

    @Override
    public LocalDate changedFrom() {
        return effectiveOn;
    }
}
