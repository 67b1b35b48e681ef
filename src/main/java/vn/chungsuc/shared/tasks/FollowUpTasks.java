package vn.chungsuc.shared.tasks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A record of one module (a citizen's report, a finding of the Front's supervision) becomes a task of a programme's
 * plan in another, without either knowing the other: the plan module implements this contract, the module that asks
 * for a task keeps only the task's id and reads its state back. When no module implements it, no task is offered.
 */
public interface FollowUpTasks {

    /** The programmes whose plan the signed-in user may add a task to, each with the targets a task may name. */
    List<PlanChoice> choices();

    /**
     * Opens a task in the plan of the programme: checked whole first (an unknown programme, target or body, a
     * date out of bounds, a blank title: {@link vn.chungsuc.shared.problem.Refused} and nothing stored); the
     * user must be allowed to edit that plan.
     *
     * @return the new task's id
     */
    long open(FollowUpRequest request);

    /** Where the task stands, as the plan computes it; empty for an unknown task. */
    Optional<FollowUpState> stateOf(long taskId);

    /**
     * Resolves a task that is done, recording the value the target's indicator reached through the work (optional)
     * and a note; refused while the task is not done or when it was resolved already.
     */
    void resolve(long taskId, String value, String note);

    /** A programme the user may plan in, with its targets. */
    record PlanChoice(long programmeId, String label, List<TargetChoice> targets) {

        public PlanChoice {
            targets = List.copyOf(targets);
        }
    }

    /** A target of a programme: "3.2 Tỷ lệ hộ gia đình thu gom rác thải". */
    record TargetChoice(long id, String label) {
    }

    /**
     * What the asking module knows of its record.
     *
     * @param targetId the target the task affects, or null
     * @param leadBody the code of the body that must do it (territory's bodies)
     * @param unitCode the unit the record is about
     * @param due the deadline, as typed (yyyy-MM-dd or dd/MM/yyyy); blank for 30 days from today
     * @param contentArea one of the five contents, or null
     * @param source what the task comes from, as a reader sees it ("Phản ánh PA2026-000151")
     * @param sourceLink a path inside the application to that record
     */
    record FollowUpRequest(long programmeId, Long targetId, String title, String leadBody, String unitCode,
            String due, Integer contentArea, String source, String sourceLink) {
    }

    /**
     * A task's state read back.
     *
     * @param state NOT_STARTED, IN_PROGRESS, DONE or BLOCKED
     * @param link the task's page
     * @param value the value recorded when it was resolved, or null
     */
    record FollowUpState(long taskId, long programmeId, String number, String state, double percent,
            boolean overdue, String link, String targetLabel, boolean resolved, BigDecimal value, String valueNote) {

        public boolean done() {
            return "DONE".equals(state);
        }
    }
}
