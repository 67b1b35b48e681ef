package vn.chungsuc.indicators.domain;

import java.util.Set;
import vn.chungsuc.shared.permission.Function;
import vn.chungsuc.shared.scope.UnitScope;

/**
 * Who acts: the signed-in user's name, unit scope, whether he is an administrator, and the functions he acts for
 * (his post's and his body's), by which he approves as a body.
 */
public record Actor(String username, UnitScope scope, boolean admin, Set<Function> functions) {

    public Actor {
        functions = functions == null ? Set.of() : Set.copyOf(functions);
    }

    /** An actor who acts for no function (approves only where the officers of a unit approve). */
    public Actor(String username, UnitScope scope, boolean admin) {
        this(username, scope, admin, Set.of());
    }

    public boolean actsForAny(Set<Function> wanted) {
        for (Function f : wanted) {
            if (functions.contains(f)) {
                return true;
            }
        }
        return false;
    }
}
