package vn.chungsuc.territory;

/**
 * A unit in the tree browser, with how many units hang directly under it on the same date.
 *
 * @param formerParent where the unit came from, set only when a sibling on the same date bears the same name (after
 *     a merger, "Khu phố 1" of two former wards): the parent of its previous version; null otherwise
 */
public record UnitNode(UnitView unit, int childCount, UnitRef formerParent) {

    public UnitNode(UnitView unit, int childCount) {
        this(unit, childCount, null);
    }
}
