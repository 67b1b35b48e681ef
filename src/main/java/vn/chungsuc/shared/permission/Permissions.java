package vn.chungsuc.shared.permission;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.springframework.security.access.AccessDeniedException;
import vn.chungsuc.shared.scope.UnitDirectory;
import vn.chungsuc.shared.time.Today;

/**
 * What each module's {@code …Permissions} bean extends: its {@link PermissionTable} answered for the user of the
 * current request. Controllers ask it in {@code @PreAuthorize("@povertyPermissions.may('round.open')")} (who may)
 * and {@code may('round.manage', #commune)} (who may, on that unit today); menus carry {@link #menu}.
 */
public abstract class Permissions {

    private final PermissionTable table;
    private final CurrentActor actors;
    private final UnitDirectory units;
    private final Today today;

    protected Permissions(PermissionTable table, CurrentActor actors, UnitDirectory units, Today today) {
        this.table = table;
        this.actors = actors;
        this.units = units;
        this.today = today;
    }

    public PermissionTable table() {
        return table;
    }

    /** Whether the current user holds what the action asks, wherever (the unit is checked later, or not at all). */
    public boolean may(String action) {
        return table.rule(action).admits(actors.current());
    }

    /** Whether the current user may take the action on the unit as it is today (or as it last was). */
    public boolean may(String action, String unitCode) {
        return may(action, unitCode, today.date());
    }

    /** Whether the current user may take the action on the unit as it was on the date (or as it last was). */
    public boolean may(String action, String unitCode, LocalDate on) {
        Rule rule = table.rule(action);
        if (rule.reach() == Reach.ANYWHERE) {
            return rule.admits(actors.current());
        }
        return unitCode != null && units.path(unitCode, on).map(p -> rule.allows(actors.current(), p))
                .orElse(false);
    }

    /** Whether the current user may take the action on the unit with this materialised path. */
    public boolean mayAt(String action, String unitPath) {
        return table.rule(action).allows(actors.current(), unitPath);
    }

    /** Refuses with 403 unless the current user may take the action on the unit today. */
    public void check(String action, String unitCode) {
        if (!may(action, unitCode)) {
            throw new AccessDeniedException("may not " + action + " on " + unitCode);
        }
    }

    /** Refuses with 403 unless the current user may take the action on the unit with this path. */
    public void checkAt(String action, String unitPath) {
        if (!mayAt(action, unitPath)) {
            throw new AccessDeniedException("may not " + action);
        }
    }

    /**
     * Who sees a menu entry that leads to the action: those the rule admits and, for a rule on units, who hold some
     * units to take it on.
     */
    public Predicate<Actor> menu(String action) {
        Rule rule = table.rule(action);
        return actor -> rule.admits(actor) && (rule.reach() == Reach.ANYWHERE || actor.administrator()
                || actor.scope().everything() || !(rule.reach() == Reach.MANAGE
                        ? actor.scope().manageRoots() : actor.scope().allViewRoots()).isEmpty());
    }

    /** The actor of the current request, for checks a table line cannot express. */
    protected Actor actor() {
        return actors.current();
    }
}
