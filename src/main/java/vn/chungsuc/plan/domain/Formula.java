package vn.chungsuc.plan.domain;

/**
 * How a group's progress follows from its children's, stored with the plan (not in code) and shown on its page.
 * The 2017 programme names no formula; the demo's plan uses the weighted mean with weight 1 for every task, which
 * the Front changes per task.
 */
public enum Formula {
    /** Bình quân có trọng số: Σ(trọng số × tiến độ) / Σ trọng số over the children. */
    WEIGHTED_MEAN
}
