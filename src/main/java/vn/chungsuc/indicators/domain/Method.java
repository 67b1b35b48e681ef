package vn.chungsuc.indicators.domain;

/** Where an indicator's values come from. */
public enum Method {
    /** Entered by officers and approved by the level above. */
    ENTERED,
    /** Counted from the metrics feature modules publish. */
    COMPUTED
}
