package vn.chungsuc.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.chungsuc.plan.TaskState;
import vn.chungsuc.shared.time.Period;

/** What a task's owner reported for a period, with its evidence. */
public record ProgressReport(long id, long taskId, Period period, int percent, TaskState state, String note,
        LocalDate reportedOn, String reportedBy, Instant recordedAt, List<Evidence> evidence) {

    public ProgressReport {
        evidence = List.copyOf(evidence);
    }

    /** A file (kept in the database, bounded in size) or a link to a record. */
    public record Evidence(long id, String kind, String name, String contentType, Integer size, String url) {

        public boolean file() {
            return "FILE".equals(kind);
        }
    }
}
