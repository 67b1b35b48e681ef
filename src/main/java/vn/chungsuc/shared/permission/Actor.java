package vn.chungsuc.shared.permission;

import java.util.EnumSet;
import java.util.Set;
import vn.chungsuc.shared.scope.UnitScope;

/**
 * Who asks: his login, whether he administers the system, the functions he acts for and the units he may manage or
 * view. {@link #NOBODY} is a visitor who has not signed in.
 */
public record Actor(String username, boolean administrator, Set<Function> functions, UnitScope scope) {

    public static final Actor NOBODY = new Actor(null, false, Set.of(), UnitScope.NONE);

    public Actor {
        functions = functions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(functions));
        scope = scope == null ? UnitScope.NONE : scope;
    }

    public boolean signedIn() {
        return username != null;
    }

    public boolean actsFor(Function function) {
        return functions.contains(function);
    }
}
