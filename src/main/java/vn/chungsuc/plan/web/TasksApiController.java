package vn.chungsuc.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chungsuc.plan.Recurrence;
import vn.chungsuc.plan.TaskState;
import vn.chungsuc.plan.domain.Plans;

/** A programme's tasks (its roadmap and assignments) with their progress, for other systems. */
@RestController
@Tag(name = "Programmes", description = "Chương trình phối hợp thực hiện cuộc vận động")
@PreAuthorize("@planPermissions.may('task.view')")
class TasksApiController {

    private final Plans plans;

    TasksApiController(Plans plans) {
        this.plans = plans;
    }

    @GetMapping("/api/v1/programmes/{id}/tasks")
    @Operation(summary = "The programme's tasks in document order, each with its lead body, progress and state")
    List<TaskResult> tasks(@PathVariable long id,
            @Parameter(description = "A body's code (381-VHTT) or name (Phòng Văn hóa - Thông tin): the tasks it leads")
            @RequestParam(required = false) String body,
            @Parameter(description = "A unit's code: the tasks that cover it") @RequestParam(required = false)
            String unit,
            @Parameter(description = "A year of the programme: the tasks running then, their progress at its end")
            @RequestParam(required = false) String year) {
        return plans.plan(id, new Plans.Filter(body, unit, year)).rows().stream().map(TaskResult::of).toList();
    }

    /**
     * @param number where the task stands in the programme ("VI.1.1.2")
     * @param parentId the group it belongs to, null at the top
     * @param leadBody the lead body's name, null for a group of several bodies
     * @param contentArea one of the five contents, null when it serves them all
     * @param due the deadline of a task due once; for a recurring task the last day of its last year
     * @param recurrence NONE, YEARLY or HALF_YEARLY
     * @param progress percent (0–100, one decimal); for a group the weighted mean of its children
     * @param state NOT_STARTED, IN_PROGRESS, DONE or BLOCKED
     * @param overdue a deadline passed (or a period ended) with the task not done; for a group, a task under it
     */
    record TaskResult(long id, String number, Long parentId, String title, String leadBody, String leadBodyCode,
            List<String> cooperatingBodies, Integer contentArea, LocalDate due, Recurrence recurrence,
            double progress, TaskState state, boolean overdue, int weight, List<String> units, List<Long> targets) {

        static TaskResult of(Plans.Row r) {
            var t = r.task();
            LocalDate due = t.due() != null || r.group() ? t.due() : LocalDate.of(t.yearTo(), 12, 31);
            return new TaskResult(t.id(), t.number(), t.parentId(), t.title(), r.leadBodyName(), t.leadBody(),
                    r.cooperatingNames(), t.contentArea(), due, t.recurrence(), r.status().percent(),
                    r.status().state(), r.status().overdue(), t.weight(), t.units(), t.targets());
        }
    }
}
