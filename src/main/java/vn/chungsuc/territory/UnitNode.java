package vn.chungsuc.territory;

/** A unit in the tree browser, with how many units hang directly under it on the same date. */
public record UnitNode(UnitView unit, int childCount) {
}
