package vn.chungsuc.territory;

import java.time.LocalDate;
import java.util.Set;
import vn.chungsuc.shared.permission.Function;

/** A body to add to a unit, valid from a date (and until one, exclusive, or null). */
public record NewBody(String code, String unitCode, BodyKind kind, Set<Function> functions, String name,
        LocalDate validFrom, LocalDate validTo, String source) {
}
