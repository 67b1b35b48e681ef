package vn.chungsuc.territory;

import java.time.LocalDate;
import java.util.List;

/**
 * A lineage event and the units it linked. A link whose {@code from} and {@code to} are the same unit records that
 * the unit went on under a new name or parent; a link with no {@code to} records a unit that ended (dissolution).
 */
public record LineageEvent(long id, LineageKind kind, LocalDate effectiveOn, String legalBasis, String note,
        List<Link> links) {

    public record Link(UnitRef from, UnitRef to) {
    }
}
