package vn.chungsuc.shared.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Work that must run once across the instances on one database: PostgreSQL session-level advisory locks, keyed by
 * the job's name, held on a connection of their own for as long as the work runs (the work itself uses the pool as
 * usual), and released when it ends or when the instance dies (the connection closes).
 *
 * <ul>
 * <li>{@link #runIfFree}: for scheduled jobs: when another instance is running the same job, this one skips it.
 * The jobs are idempotent besides (a day's chain heads, a day's reminders are recorded once), so one that starts
 * just after the other finished does nothing twice.</li>
 * <li>{@link #runExclusively}: for start-up work that writes (the demo, the administrator, the recounts): a second
 * instance waits for the first and then finds the work done.</li>
 * </ul>
 */
@Component
public class ClusterLocks {

    private static final Logger log = LoggerFactory.getLogger(ClusterLocks.class);

    private final DataSource dataSource;

    public ClusterLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the work unless another instance holds the job's lock now; whether it ran. */
    public boolean runIfFree(String job, Runnable work) {
        return run(job, work, false);
    }

    /** Runs the work once no other instance holds the job's lock (waiting for it). */
    public void runExclusively(String job, Runnable work) {
        run(job, work, true);
    }

    private boolean run(String job, Runnable work, boolean wait) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (!lock(c, job, wait)) {
                log.info("{}: running on another instance, skipped here", job);
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                try (PreparedStatement s = c.prepareStatement("select pg_advisory_unlock(hashtextextended(?, 0))")) {
                    s.setString(1, key(job));
                    s.execute();
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("advisory lock of " + job, e);
        }
    }

    private static boolean lock(Connection c, String job, boolean wait) throws SQLException {
        String sql = wait ? "select true from (select pg_advisory_lock(hashtextextended(?, 0))) l"
                : "select pg_try_advisory_lock(hashtextextended(?, 0))";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key(job));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Apart from the transaction-level locks of the figures ({@code indicators|…}). */
    private static String key(String job) {
        return "job|" + job;
    }
}
