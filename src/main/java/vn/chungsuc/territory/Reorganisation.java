package vn.chungsuc.territory;

import java.time.LocalDate;
import java.util.List;

/**
 * Changes to the tree, each in one transaction with an audit entry and a lineage event, each effective on a date:
 * versions valid before the date stay as they were, so records made then keep their units.
 *
 * @see ReorganisationRefused thrown when a change cannot be made as asked
 */
public interface Reorganisation {

    /** Records a unit that exists from {@code validFrom} (a residential area, a unit missing from the catalogue). */
    UnitView add(NewUnit unit);

    /**
     * Records several units in one transaction (a commune's residential areas at once): all or none. Parents must
     * exist already. Listeners hear one {@link UnitsImported} rather than one event per unit.
     */
    List<UnitView> addAll(List<NewUnit> units);

    /** Merges units into an existing or a new unit, moving what hangs under them. */
    UnitView merge(Merge merge);

    /**
     * Divides a unit among existing units of its level (create new ones first, in the same transaction, with
     * {@link #add}): the unit ends on the date and the units under it go where the split says.
     */
    void split(Split split);

    /** Moves a unit with its subtree under another parent. */
    UnitView move(String code, String newParentCode, LocalDate effectiveOn, String legalBasis, String note);

    /** Gives a unit a new name (and type, when it changes kind, e.g. a xã becoming a phường). */
    UnitView rename(String code, String newName, UnitType newType, LocalDate effectiveOn, String legalBasis,
            String note);

    /** Ends a unit on the date without naming who takes over its territory. */
    default void dissolve(String code, LocalDate effectiveOn, String legalBasis, String note) {
        dissolve(code, effectiveOn, legalBasis, note, List.of());
    }

    /**
     * Ends a unit on the date. Units still under it on that date must have been moved first. {@code successors}
     * are the units, existing on that date, that take over its territory (the wards that replaced a district); the
     * lineage links the unit to each of them.
     */
    void dissolve(String code, LocalDate effectiveOn, String legalBasis, String note, List<String> successors);
}
