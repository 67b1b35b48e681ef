package vn.chungsuc.indicators.domain;

/** How far a target is: the rule is {@link TargetStatusPolicy}. */
public enum TargetStatus {
    ACHIEVED,
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    /** The programme's period is over and the goal was not met: no longer "at risk" or "off track". */
    NOT_MET,
    /** No value for the period. */
    NO_DATA,
    /** The unit has no goal for the target (a count not allocated to it). */
    NO_GOAL
}
