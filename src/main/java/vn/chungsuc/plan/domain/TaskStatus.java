package vn.chungsuc.plan.domain;

import java.util.List;
import vn.chungsuc.plan.TaskState;
import vn.chungsuc.shared.time.Period;

/**
 * A task's progress on a date, with why: for a group, each child's weight and progress (the weighted mean); for a
 * recurring task, each period that has ended and what was reported for it; for a task due once, its latest report.
 *
 * @param percent 0–100, one decimal
 * @param overdue a period that ended (or the deadline that passed) without the task done; for a group, any task
 *     under it
 * @param latePeriods the periods that ended without the task done (the deadline's period for a task due once)
 * @param overdueBelow how many tasks under a group are overdue
 */
public record TaskStatus(long taskId, double percent, TaskState state, boolean overdue, List<Period> latePeriods,
        int overdueBelow, List<Part> parts) {

    public TaskStatus {
        latePeriods = List.copyOf(latePeriods);
        parts = List.copyOf(parts);
    }

    /**
     * One term of the breakdown: a child task (with its weight) or a period of a recurring task (weight 1).
     *
     * @param label the child's number or the period's code
     */
    public record Part(Long taskId, String label, String title, int weight, double percent, boolean reported) {
    }

    /** Σ weights of the parts. */
    public int totalWeight() {
        return parts.stream().mapToInt(Part::weight).sum();
    }
}
