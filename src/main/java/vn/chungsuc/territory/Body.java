package vn.chungsuc.territory;

import java.time.LocalDate;
import java.util.Set;
import vn.chungsuc.shared.permission.Function;

/**
 * A body of a unit during [validFrom, validTo) ({@code validTo} null while it lasts).
 *
 * @param functions what it does, as data (an office of a ward after 2025 may carry culture and social affairs)
 * @param source where its name and dates come from; null when not confirmed by a source
 */
public record Body(long id, String code, String unitCode, BodyKind kind, Set<Function> functions, String name,
        LocalDate validFrom, LocalDate validTo, String source) {

    public Body {
        functions = Set.copyOf(functions);
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
