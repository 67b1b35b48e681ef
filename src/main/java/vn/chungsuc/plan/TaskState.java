package vn.chungsuc.plan;

/** Where a task stands, as its owner reports it (or as its children roll up). */
public enum TaskState {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    /** Vướng mắc: held up, the report says why. */
    BLOCKED
}
