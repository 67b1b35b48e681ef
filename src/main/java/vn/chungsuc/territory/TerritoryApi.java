package vn.chungsuc.territory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.chungsuc.shared.scope.UnitScope;

/**
 * Reading the units of any date. Every method that lists units takes the scope of the user it answers for: a unit
 * outside the scope is neither found nor listed. Modules that work for the system itself pass {@link UnitScope#ALL}.
 */
public interface TerritoryApi {

    /** The version of the unit valid on the date, if the unit existed then and lies inside the scope. */
    Optional<UnitView> find(String code, LocalDate asOf, UnitScope scope);

    /** The units directly under the unit on the date, in Vietnamese order. */
    List<UnitView> children(String code, LocalDate asOf, UnitScope scope);

    /**
     * The same as {@link #children} with the number of each child's own children, for a tree browser; children that
     * share their name with a sibling carry the parent they came from ({@link UnitNode#formerParent()}).
     */
    List<UnitNode> childNodes(String code, LocalDate asOf, UnitScope scope);

    /**
     * Where a user's tree starts on the date: the country for a scope over everything, otherwise the roots of the
     * scope that exist on that date (a root inside another root is left out).
     */
    List<UnitNode> roots(LocalDate asOf, UnitScope scope);

    /** The unit and every unit below it on the date, ordered by path (parents before children). */
    List<UnitView> subtree(String code, LocalDate asOf, UnitScope scope);

    /** The ancestors of a unit on the date that lie inside the scope, the country first, the unit itself excluded. */
    List<UnitView> ancestors(UnitView unit, LocalDate asOf, UnitScope scope);

    /** All versions of the unit that lie inside the scope, oldest first. */
    List<UnitView> versions(String code, UnitScope scope);

    /** Predecessors, successors and the lineage events of a unit. */
    Lineage lineage(String code);

    /** Lineage of several units at once (for lists), keyed by code; every code given has an entry. */
    Map<String, Lineage> lineage(Collection<String> codes);

    /** Units on the date whose name (with its type) matches the query, accents ignored ("ba dinh"). */
    SearchPage search(String query, LocalDate asOf, UnitScope scope, int page, int size);

    /** The name with its type of the unit's latest version, whatever the date or scope. */
    Optional<UnitRef> latest(String code);

    /**
     * The valid-from date of the latest catalogue import in force on the date (the newest one valid from that date
     * or earlier that added or changed units), if any was recorded: units no recorded change touched are as that
     * catalogue says.
     */
    Optional<LocalDate> catalogueValidFrom(LocalDate asOf);

    /** The start dates of the unit's versions that a catalogue import opened, rather than a recorded change. */
    Set<LocalDate> catalogueStarts(String code);

    /**
     * The first day of the span of dates, containing {@code on}, over which the tree of units stays the same: the
     * latest date on or before {@code on} on which a unit's version began or ended (a merger, a split, a rename, a
     * new residential area). Any two dates of one span see the same units in the same places, so what is rolled up
     * on one holds for the other. {@link LocalDate#MIN} when nothing changed on or before the date.
     */
    LocalDate unchangedSince(LocalDate on);
}
