package vn.chungsuc.plan;

/** How often a task falls due. */
public enum Recurrence {
    /** Once, by its deadline. */
    NONE,
    /** Hằng năm: each year of the task's years, by 31/12. */
    YEARLY,
    /** Định kỳ 6 tháng và một năm: by 30/6 (the first half) and by 31/12 (the year), each year (1995/CTrPH IV.3). */
    HALF_YEARLY
}
