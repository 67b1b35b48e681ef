package vn.chungsuc.shared.permission;

import java.time.LocalDate;
import java.util.Set;

/**
 * A body a user may work in (a department of a People's Committee, a commune's office, a Front committee or one
 * of its member organisations), as the territory module keeps it: its code, name, the unit it belongs to, the
 * functions it carries and its validity ({@code validTo} exclusive, null while it lasts).
 */
public record BodyRef(String code, String name, String unitCode, Set<Function> functions, LocalDate validFrom,
        LocalDate validTo) {

    public BodyRef {
        functions = Set.copyOf(functions);
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
