package vn.chungsuc.shared.permission;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module's permissions as a table a reader can check against the regulations: one {@link Rule} per action.
 * Build it with {@link #of} and {@link #rule}; asking for an action the table lacks is a programming error.
 */
public final class PermissionTable {

    private final Map<String, Rule> rules = new LinkedHashMap<>();

    private PermissionTable(List<Rule> rules) {
        for (Rule r : rules) {
            if (this.rules.put(r.action(), r) != null) {
                throw new IllegalArgumentException("action listed twice: " + r.action());
            }
        }
    }

    public static PermissionTable of(Rule... rules) {
        return new PermissionTable(Arrays.asList(rules));
    }

    /** Every function: a rule for every signed-in user who holds a post. */
    public static final Function[] EVERYONE = Function.values();

    /** A line of the table; no function listed means the administrator alone. */
    public static Rule rule(String action, Reach reach, String basis, Function... who) {
        Set<Function> set = who.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(who));
        return new Rule(action, reach, set, basis);
    }

    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public Rule rule(String action) {
        Rule r = rules.get(action);
        if (r == null) {
            throw new IllegalArgumentException("no such action in the table: " + action);
        }
        return r;
    }
}
