package vn.chungsuc.territory;

import java.time.LocalDate;
import java.util.List;

/**
 * Units were recorded in bulk: a GSO file was imported, or a list of units added at once; {@code changedCodes} lists
 * the units that got a new version.
 */
public record UnitsImported(UnitLevel level, LocalDate validFrom, int added, int changed, int unchanged,
        List<String> changedCodes) implements UnitsChanged {

    @Override
    public LocalDate changedFrom() {
        return validFrom;
    }
}
