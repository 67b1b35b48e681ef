package vn.chungsuc.territory;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import of one GSO file did, or would do when {@code preview} is set (nothing was written then).
 * {@code added + changed + unchanged + skipped.size() == total}.
 *
 * @param changedCodes the codes whose name, type or parent differed from the version valid on {@code validFrom}
 * @param skipped entries left alone because a recorded lineage event ended their unit before {@code validFrom}
 */
public record ImportResult(UnitLevel level, LocalDate validFrom, boolean preview, int total, int added, int changed,
        int unchanged, List<String> changedCodes, List<Skipped> skipped) {

    public ImportResult {
        changedCodes = List.copyOf(changedCodes);
        skipped = List.copyOf(skipped);
    }

    /**
     * A catalogue entry for a unit that a merger, split or dissolution ended on {@code endedOn}: the catalogue
     * predates that event, so re-opening the unit would undo it. A unit that really comes back is recorded as such.
     */
    public record Skipped(String code, String fullName, LineageKind endedBy, LocalDate endedOn, long eventId) {
    }
}
