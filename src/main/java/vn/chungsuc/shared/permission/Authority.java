package vn.chungsuc.shared.permission;

import java.util.Optional;

/**
 * The authorities a signed-in user holds, the whole vocabulary: {@link #ADMINISTER} the system, and act for a
 * {@link Function}. Which units he may manage or view is his {@link vn.chungsuc.shared.scope.UnitScope} (subtree
 * roots), held beside them. Modules never test these strings themselves: they ask their {@code …Permissions}.
 */
public final class Authority {

    /** Quản trị hệ thống: users, catalogues, rule sets; every action on every unit. */
    public static final String ADMINISTER = "ADMINISTER";

    private static final String ACT_FOR = "ACT_FOR_";

    private Authority() {
    }

    /** The authority to act for a function ({@code ACT_FOR_CULTURE}). */
    public static String actFor(Function function) {
        return ACT_FOR + function.name();
    }

    /** The function an authority names, if it is an {@link #actFor} authority. */
    public static Optional<Function> function(String authority) {
        if (authority == null || !authority.startsWith(ACT_FOR)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Function.valueOf(authority.substring(ACT_FOR.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
