package vn.chungsuc.registry.importing;

import java.util.List;

/**
 * What an import did or would do. A dry run reports the same counts the real import would give; a file with any
 * bad row imports nothing and lists the bad rows (the first {@code errors.size()} of {@code errorCount}).
 */
public record ImportReport(String id, String fileName, boolean dryRun, Status status, long householdRows,
        long personRows, int householdsAdded, int householdsUpdated, int personsAdded, int personsUpdated,
        long errorCount, List<RowError> errors, long millis) {

    public enum Status {
        /** Checked (dry run) or imported, without a bad row. */
        DONE,
        /** Bad rows found: nothing imported. */
        REJECTED,
        /** The import broke off (an unreadable file, a database failure): nothing imported. */
        FAILED
    }

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return status == Status.DONE;
    }

    public int householdsUnchanged() {
        return (int) Math.max(0, householdRows - householdsAdded - householdsUpdated);
    }
}
