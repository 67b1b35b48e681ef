package vn.chungsuc.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chungsuc.plan.Recurrence;
import vn.chungsuc.plan.TaskState;
import vn.chungsuc.shared.time.Period;

/**
 * Computes every task's status on a date from the reports made by that date, and rolls the tree up by the plan's
 * formula. A task due once stands at its latest report and is overdue once its deadline passed unfinished. A
 * recurring task stands at the mean of the periods that have ended (a period without a report counts 0 %) and is
 * overdue while one of them is not done. A group stands at the weighted mean of its children.
 */
public final class RollUp {

    private RollUp() {
    }

    public static Map<Long, TaskStatus> of(List<Task> tasks, Map<Long, List<ProgressReport>> reports, Formula formula,
            LocalDate asOf) {
        Map<Long, List<Task>> children = new HashMap<>();
        for (Task t : tasks) {
            if (t.parentId() != null) {
                children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
            }
        }
        children.values().forEach(l -> l.sort(Comparator.comparingInt(Task::position)));
        Map<Long, TaskStatus> out = new LinkedHashMap<>();
        for (Task t : tasks) {
            status(t, children, reports, formula, asOf, out);
        }
        return out;
    }

    private static TaskStatus status(Task t, Map<Long, List<Task>> children, Map<Long, List<ProgressReport>> reports,
            Formula formula, LocalDate asOf, Map<Long, TaskStatus> done) {
        TaskStatus known = done.get(t.id());
        if (known != null) {
            return known;
        }
        List<Task> kids = children.getOrDefault(t.id(), List.of());
        List<ProgressReport> made = reports.getOrDefault(t.id(), List.of()).stream()
                .filter(r -> !r.reportedOn().isAfter(asOf))
                .sorted(Comparator.comparing(ProgressReport::reportedOn).thenComparing(ProgressReport::recordedAt))
                .toList();
        TaskStatus s;
        if (!kids.isEmpty()) {
            s = group(t, kids.stream().map(k -> status(k, children, reports, formula, asOf, done)).toList(), kids);
        } else if (t.recurrence() == Recurrence.NONE) {
            s = once(t, made, asOf);
        } else {
            s = recurring(t, made, asOf);
        }
        done.put(t.id(), s);
        return s;
    }

    /** Weighted mean (Formula.WEIGHTED_MEAN), the only formula so far. */
    private static TaskStatus group(Task t, List<TaskStatus> statuses, List<Task> kids) {
        List<TaskStatus.Part> parts = new ArrayList<>();
        double sum = 0;
        int weights = 0;
        int overdue = 0;
        boolean allDone = true;
        boolean anyStarted = false;
        for (int i = 0; i < kids.size(); i++) {
            Task k = kids.get(i);
            TaskStatus s = statuses.get(i);
            parts.add(new TaskStatus.Part(k.id(), k.number(), k.title(), k.weight(), s.percent(), true));
            sum += k.weight() * s.percent();
            weights += k.weight();
            boolean leaf = isLeaf(statuses.get(i));
            overdue += leaf ? (s.overdue() ? 1 : 0) : s.overdueBelow();
            allDone &= s.state() == TaskState.DONE;
            anyStarted |= s.state() != TaskState.NOT_STARTED;
        }
        double percent = weights == 0 ? 0 : round(sum / weights);
        TaskState state = allDone ? TaskState.DONE : anyStarted ? TaskState.IN_PROGRESS : TaskState.NOT_STARTED;
        return new TaskStatus(t.id(), percent, state, overdue > 0, List.of(), overdue, parts);
    }

    /** A leaf's status has no children among its parts (they are periods or a report, with no task id). */
    private static boolean isLeaf(TaskStatus s) {
        return s.parts().stream().noneMatch(p -> p.taskId() != null);
    }

    private static TaskStatus once(Task t, List<ProgressReport> made, LocalDate asOf) {
        Optional<ProgressReport> last = made.isEmpty() ? Optional.empty() : Optional.of(made.get(made.size() - 1));
        double percent = last.map(r -> (double) r.percent()).orElse(0.0);
        TaskState state = last.map(ProgressReport::state).orElse(TaskState.NOT_STARTED);
        boolean overdue = t.due() != null && t.due().isBefore(asOf) && state != TaskState.DONE;
        List<TaskStatus.Part> parts = last.map(r -> List.of(new TaskStatus.Part(null, r.period().code(), r.note(), 1,
                r.percent(), true))).orElse(List.of());
        return new TaskStatus(t.id(), percent, state, overdue,
                overdue ? List.of(Period.year(t.due().getYear())) : List.of(), 0, parts);
    }

    private static TaskStatus recurring(Task t, List<ProgressReport> made, LocalDate asOf) {
        List<Period> periods = expected(t, asOf);
        Map<Period, ProgressReport> latest = new HashMap<>();
        made.forEach(r -> latest.put(r.period(), r));
        List<TaskStatus.Part> parts = new ArrayList<>();
        List<Period> late = new ArrayList<>();
        double sum = 0;
        for (Period p : periods) {
            ProgressReport r = latest.get(p);
            int percent = r == null ? 0 : r.percent();
            parts.add(new TaskStatus.Part(null, p.code(), r == null ? "" : r.note(), 1, percent, r != null));
            sum += percent;
            if (r == null || r.state() != TaskState.DONE) {
                late.add(p);
            }
        }
        ProgressReport last = made.isEmpty() ? null : made.get(made.size() - 1);
        double percent = periods.isEmpty() ? (last == null ? 0 : last.percent()) : round(sum / periods.size());
        boolean finished = !periods.isEmpty() && late.isEmpty() && t.yearTo() < asOf.getYear();
        TaskState state = finished ? TaskState.DONE : last == null ? TaskState.NOT_STARTED
                : last.state() == TaskState.BLOCKED ? TaskState.BLOCKED : TaskState.IN_PROGRESS;
        return new TaskStatus(t.id(), percent, state, !late.isEmpty(), late, 0, parts);
    }

    /** The periods of a recurring task that ended by the date: each year's first half (if 6-monthly) and year. */
    public static List<Period> expected(Task t, LocalDate asOf) {
        List<Period> out = new ArrayList<>();
        for (int y = t.yearFrom(); y <= t.yearTo() && y <= asOf.getYear(); y++) {
            if (t.recurrence() == Recurrence.HALF_YEARLY && Period.firstHalf(y).end().isBefore(asOf)) {
                out.add(Period.firstHalf(y));
            }
            if (Period.year(y).end().isBefore(asOf)) {
                out.add(Period.year(y));
            }
        }
        return out;
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
