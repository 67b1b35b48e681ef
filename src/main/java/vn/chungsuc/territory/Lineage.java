package vn.chungsuc.territory;

import java.util.List;

/**
 * Where a unit came from and what it became: the units linked to it by lineage events (itself excluded), and the
 * events themselves, oldest first. A dissolution that names the units taking over the territory lists them among
 * the dissolved unit's successors, but the dissolved unit is not their predecessor: they were formed from, or go on
 * as, other units (thị xã Bỉm Sơn's territory went to phường Bỉm Sơn, which was formed from three wards).
 */
public record Lineage(List<UnitRef> predecessors, List<UnitRef> successors, List<LineageEvent> events) {

    public static final Lineage NONE = new Lineage(List.of(), List.of(), List.of());
}
