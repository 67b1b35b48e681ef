package vn.chungsuc.plan.domain;

import java.time.LocalDate;
import java.util.List;
import vn.chungsuc.plan.Recurrence;

/**
 * A task of a programme's plan, or a group of tasks (a year of the roadmap, a department's assignments).
 *
 * @param number where it stands in the document: "V.1", "VI.1.1", "VI.1.1.2"
 * @param title the document's words
 * @param leadBody the code of the body that leads it (territory's bodies); null for a group of several bodies
 * @param contentArea one of the programme's five contents; null when it serves them all
 * @param due the deadline of a task that is due once; null for a recurring task or a group
 * @param weight its weight in its parent's roll-up
 */
public record Task(long id, long programmeId, Long parentId, int position, String number, String title,
        String leadBody, Integer contentArea, LocalDate due, Recurrence recurrence, int yearFrom, int yearTo,
        int weight, List<String> cooperatingBodies, List<String> units, List<Long> targets) {

    public Task {
        cooperatingBodies = List.copyOf(cooperatingBodies);
        units = List.copyOf(units);
        targets = List.copyOf(targets);
    }

    public boolean activeIn(int year) {
        return year >= yearFrom && year <= yearTo;
    }
}
