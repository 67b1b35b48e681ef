package vn.chungsuc.shared.permission;

import java.util.EnumSet;
import java.util.Set;

/**
 * One line of a permission table: the action, who may take it (whoever acts for any of the functions; none listed
 * means the administrator alone), where on the unit tree, and the legal basis or seed section the line comes from.
 * An administrator may take every action.
 */
public record Rule(String action, Reach reach, Set<Function> who, String basis) {

    public Rule {
        if (action == null || action.isBlank() || basis == null || basis.isBlank()) {
            throw new IllegalArgumentException("a rule needs an action and its basis");
        }
        who = who.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(who));
    }

    /** Whether the actor administers or holds a function the rule names, leaving the unit aside. */
    public boolean admits(Actor actor) {
        if (!actor.signedIn()) {
            return false;
        }
        if (actor.administrator()) {
            return true;
        }
        for (Function f : who) {
            if (actor.actsFor(f)) {
                return true;
            }
        }
        return false;
    }

    /** The whole decision on the unit with this path ({@code /VN/38/381/}); {@link Reach#ANYWHERE} ignores it. */
    public boolean allows(Actor actor, String unitPath) {
        if (!admits(actor)) {
            return false;
        }
        return switch (reach) {
            case ANYWHERE -> true;
            case VIEW -> actor.scope().canView(unitPath);
            case MANAGE -> actor.scope().canManage(unitPath);
        };
    }
}
