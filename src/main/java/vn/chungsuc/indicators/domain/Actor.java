package vn.chungsuc.indicators.domain;

import vn.chungsuc.shared.scope.UnitScope;

/** Who acts: the signed-in user's name, unit scope and whether he is an administrator. */
public record Actor(String username, UnitScope scope, boolean admin) {
}
