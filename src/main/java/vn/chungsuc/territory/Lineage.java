package vn.chungsuc.territory;

import java.util.List;

/**
 * Where a unit came from and what it became: the units linked to it by lineage events (itself excluded), and the
 * events themselves, oldest first.
 */
public record Lineage(List<UnitRef> predecessors, List<UnitRef> successors, List<LineageEvent> events) {

    public static final Lineage NONE = new Lineage(List.of(), List.of(), List.of());
}
