package vn.chungsuc.indicators.domain;

/** How far a target is: the rule is {@link TargetStatusPolicy}. */
public enum TargetStatus {
    ACHIEVED,
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    /** No value for the period. */
    NO_DATA,
    /** The unit has no goal for the target (a count not allocated to it). */
    NO_GOAL
}
