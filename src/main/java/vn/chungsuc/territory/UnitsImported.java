package vn.chungsuc.territory;

import java.time.LocalDate;
import java.util.List;

/** A GSO file was imported; {@code changedCodes} lists the units that got a new version. */
public record UnitsImported(UnitLevel level, LocalDate validFrom, int added, int changed, int unchanged,
        List<String> changedCodes) {
}
