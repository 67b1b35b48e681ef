package vn.chungsuc.shared.permission;

/** Where on the unit tree a rule holds: anywhere, or on units inside the user's view or manage subtrees. */
public enum Reach {
    /** Not tied to a unit (a national rule set, one's own catalogue). */
    ANYWHERE,
    /** On a unit inside a subtree the user may view (managing implies viewing). */
    VIEW,
    /** On a unit inside a subtree the user may manage. */
    MANAGE
}
