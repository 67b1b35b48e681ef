package vn.chungsuc.shared.scope;

import java.util.Set;

/**
 * The units a user may manage and may view, each given as the code of a subtree root. A unit is inside a root when
 * the root's code is a segment of the unit's materialised path ({@code /VN/38/381/14812/}). Managing implies viewing.
 */
public record UnitScope(boolean everything, Set<String> manageRoots, Set<String> viewRoots)
        implements java.io.Serializable { // kept in the signed-in user's session, which lives in PostgreSQL

    public static final UnitScope NONE = new UnitScope(false, Set.of(), Set.of());
    public static final UnitScope ALL = new UnitScope(true, Set.of(), Set.of());

    public UnitScope {
        manageRoots = Set.copyOf(manageRoots);
        viewRoots = Set.copyOf(viewRoots);
    }

    public boolean canView(String path) {
        return everything || within(path, manageRoots) || within(path, viewRoots);
    }

    public boolean canManage(String path) {
        return everything || within(path, manageRoots);
    }

    /** The roots a user may view (manage roots included). */
    public Set<String> allViewRoots() {
        var all = new java.util.TreeSet<>(viewRoots);
        all.addAll(manageRoots);
        return all;
    }

    private static boolean within(String path, Set<String> roots) {
        if (path == null) {
            return false;
        }
        for (String root : roots) {
            if (path.contains("/" + root + "/")) {
                return true;
            }
        }
        return false;
    }
}
