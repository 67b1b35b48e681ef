package vn.chungsuc.territory;

import java.time.LocalDate;

/**
 * The tree of units changed from a date on: the parent of the six territory events, so that a module that only
 * needs to know "the units are no longer what they were" (a cache of unit versions, the placements of figures)
 * listens once. Published in the transaction of the change.
 */
public sealed interface UnitsChanged permits UnitAdded, UnitsImported, UnitsMerged, UnitMoved, UnitRenamed,
        UnitDissolved {

    /** The first day on which the units differ from before. */
    LocalDate changedFrom();
}
