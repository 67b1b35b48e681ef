package vn.chungsuc.shared.web;

import java.util.function.Predicate;
import vn.chungsuc.shared.permission.Actor;

/**
 * One entry of the main navigation, contributed by a module (a bean implementing {@link MenuContributor}). Entries
 * of one group share a drop-down menu.
 *
 * @param labelKey message key of the label
 * @param href link target inside the app
 * @param icon Bootstrap Icons name without the {@code bi-} prefix
 * @param order position, smaller first
 * @param visibleTo who sees it: a module's permission ({@code permissions.menu("round.open")}); {@code null} for
 *     every signed-in user, {@link #PUBLIC} for everyone including anonymous citizens
 * @param group one of {@link #CAMPAIGN}, {@link #COMMUNITY}, {@link #WORK}, {@link #ADMIN}
 */
public record MenuEntry(String labelKey, String href, String icon, int order, Predicate<Actor> visibleTo,
        String group) {

    /** Everyone, signed in or not. */
    public static final Predicate<Actor> PUBLIC = actor -> true;

    /** The programme, its targets and figures. */
    public static final String CAMPAIGN = "campaign";
    /** Units, households, organisations: the people and places the campaign counts. */
    public static final String COMMUNITY = "community";
    /** The yearly work: titles, poverty reviews, the fund, tasks, evaluations, reports. */
    public static final String WORK = "work";
    /** Administration: users, audit log, catalogues. */
    public static final String ADMIN = "admin";

    /**
     * An entry whose group follows from its order: below 20 the programme, 20–59 units and population, 60–89 the
     * yearly work, 90 and above administration.
     */
    public MenuEntry(String labelKey, String href, String icon, int order, Predicate<Actor> visibleTo) {
        this(labelKey, href, icon, order, visibleTo, order < 20 ? CAMPAIGN : order < 60 ? COMMUNITY
                : order < 90 ? WORK : ADMIN);
    }

    /** Whether the actor (perhaps {@link Actor#NOBODY}) sees this entry. */
    public boolean visibleTo(Actor actor) {
        if (visibleTo == PUBLIC) {
            return true;
        }
        return actor.signedIn() && (visibleTo == null || visibleTo.test(actor));
    }

    /** The message key of the group's name. */
    public String groupLabelKey() {
        return "nav.group." + group;
    }
}
