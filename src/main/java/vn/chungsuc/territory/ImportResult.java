package vn.chungsuc.territory;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import of one GSO file did.
 *
 * @param changedCodes the codes whose name, type or parent differed from the version valid on {@code validFrom}
 */
public record ImportResult(UnitLevel level, LocalDate validFrom, int total, int added, int changed, int unchanged,
        List<String> changedCodes) {
}
