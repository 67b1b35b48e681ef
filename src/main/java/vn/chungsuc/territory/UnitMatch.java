package vn.chungsuc.territory;

import java.util.List;

/**
 * A search hit with its ancestors on the same date (the country first), so that namesakes can be told apart; a
 * namesake under the same parent also gets the parent it came from (see {@link UnitNode#formerParent()}).
 */
public record UnitMatch(UnitView unit, List<UnitRef> ancestors, UnitRef formerParent) {
}
