package vn.chungsuc.indicators.domain;

import java.util.Set;
import vn.chungsuc.shared.permission.Function;
import vn.chungsuc.shared.text.Text;

/**
 * Who approves one figure: a body (its code, name and functions) at a unit, or, where no body is there to do it,
 * the officers who manage a unit. {@link #source} says whether a configuration line or which default chose it.
 *
 * @param unitPath the materialised path of the unit the body belongs to (or whose officers approve)
 * @param ruleId the configuration line that chose it; null for a default
 */
public record Approver(Source source, String bodyCode, String bodyName, Set<Function> functions, String unitCode,
        String unitName, String unitPath, Long ruleId) {

    /** How the approver was found. */
    public enum Source {
        /** A line of the configuration ({@link ApproverRule}). */
        CONFIGURED,
        /** The body at the level above that owns the indicator (the Front by default). */
        OWNER_ABOVE,
        /** No district above the commune: the same commune's People's Committee chair, through its office. */
        CHAIR_SAME_LEVEL,
        /** No such body at the level above: its managing officers. */
        OFFICERS_ABOVE,
        /** No district and no office in the commune: its managing officers (never the one who submitted). */
        OFFICERS_SAME_LEVEL
    }

    public Approver {
        functions = functions == null ? Set.of() : Set.copyOf(functions);
    }

    public boolean body() {
        return bodyCode != null;
    }

    /**
     * Whether the actor may approve as this approver: an administrator always; for a body, a user who acts for one
     * of its functions and whose units reach the body's unit (a province department's officer follows the province
     * without managing its registers, and approves as his department); for officers, a user who manages the unit.
     */
    public boolean admits(Actor actor) {
        if (actor.admin()) {
            return true;
        }
        if (bodyCode == null) {
            return actor.scope().canManage(unitPath);
        }
        return actor.actsForAny(functions) && actor.scope().canView(unitPath);
    }

    /** The approver's name for a page: the body's name, or the officers of the unit. */
    public Text label() {
        return bodyCode != null ? Text.of("indicators.approver.name", bodyName)
                : Text.of("indicators.approver.officers", unitName);
    }
}
