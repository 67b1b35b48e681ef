package vn.chungsuc.territory;

import java.util.List;

/** A search hit with its ancestors on the same date (the country first), so that namesakes can be told apart. */
public record UnitMatch(UnitView unit, List<UnitRef> ancestors) {
}
