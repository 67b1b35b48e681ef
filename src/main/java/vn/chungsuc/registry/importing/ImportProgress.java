package vn.chungsuc.registry.importing;

/**
 * How far an import has got, read by the page that polls it while another thread writes it. Reading the file counts
 * for the first 70%, checking for the next 10%, saving for the rest.
 */
public final class ImportProgress {

    public enum Phase { QUEUED, READING, CHECKING, SAVING, FINISHED }

    private volatile Phase phase = Phase.QUEUED;
    private volatile long rows;
    private volatile double readFraction;

    public Phase phase() {
        return phase;
    }

    public long rows() {
        return rows;
    }

    void phase(Phase p) {
        this.phase = p;
    }

    void read(long rowsSoFar, double fraction) {
        this.rows = rowsSoFar;
        this.readFraction = Math.max(0, Math.min(1, fraction));
    }

    /** 0–100. */
    public int percent() {
        return switch (phase) {
            case QUEUED -> 0;
            case READING -> (int) Math.round(70 * readFraction);
            case CHECKING -> 75;
            case SAVING -> 85;
            case FINISHED -> 100;
        };
    }
}
