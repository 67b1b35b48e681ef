package vn.chungsuc.shared.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the replica's lag every {@code chungsuc.datasource.replica.check-interval} on each instance (not a cluster
 * job: every instance decides for its own reads): {@code now() - pg_last_xact_replay_timestamp()} while the replica
 * has received WAL it has not replayed yet (bounded by how long it has been seen behind), 0 when it has
 * replayed all it received. Reads go to the replica only
 * while it answers, is still in recovery (a promoted replica is no longer a copy of the primary) and lags at most
 * {@code chungsuc.datasource.replica.max-lag}; they come back by themselves when it recovers.
 */
class ReplicaLagMonitor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplicaLagMonitor.class);

    static final String LAG_SQL = """
            select pg_is_in_recovery(),
                   pg_is_in_recovery() and pg_last_wal_receive_lsn() > pg_last_wal_replay_lsn(),
                   extract(epoch from clock_timestamp()),
                   coalesce(extract(epoch from clock_timestamp() - pg_last_xact_replay_timestamp()), 0)""";

    private final DataSource replica;
    private final Duration maxLag;
    private final ScheduledExecutorService timer;
    private volatile double lagSeconds = Double.NaN;
    private double behindSince = Double.NaN; // the replica's clock, epoch seconds; only the timer thread uses it
    private volatile boolean reachable;
    private volatile boolean inRecovery;
    private volatile boolean usable;

    ReplicaLagMonitor(DataSource replica, Duration maxLag, Duration interval) {
        this.replica = replica;
        this.maxLag = maxLag;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "chungsuc-replica-lag");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, 0, Math.max(100, interval.toMillis()), TimeUnit.MILLISECONDS);
    }

    /** Reads the lag now and decides where reads go. */
    void check() {
        try (Connection c = replica.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(LAG_SQL)) {
            rs.next();
            inRecovery = rs.getBoolean(1);
            lagSeconds = lag(rs.getBoolean(2), rs.getDouble(3), rs.getDouble(4));
            reachable = true;
        } catch (SQLException | RuntimeException e) {
            behindSince = Double.NaN;
            reachable = false;
            lagSeconds = Double.NaN;
        }
        boolean now = reachable && inRecovery && lagSeconds <= maxLag.toMillis() / 1000.0;
        if (now != usable) {
            if (now) {
                log.info("Reads go to the read replica again (lag {} s)", lagSeconds);
            } else {
                log.warn("Reads fall back to the primary: replica {}", !reachable ? "unreachable"
                        : !inRecovery ? "not in recovery (promoted?)" : "lags " + lagSeconds + " s > " + maxLag);
            }
        }
        usable = now;
    }

    /**
     * The lag: 0 when the replica has replayed all it received; otherwise the time since its last replayed commit,
     * but at most the time it has been seen behind without a break. On a quiet database the last commit may be
     * minutes old when a new one arrives: the second bound keeps that moment from looking like minutes of lag, while
     * a replay that is stuck (paused, a long conflict) still grows past max-lag.
     */
    private double lag(boolean behind, double now, double sinceLastReplay) {
        if (!behind) {
            behindSince = Double.NaN;
            return 0;
        }
        if (Double.isNaN(behindSince)) {
            behindSince = now;
        }
        return Math.max(0, Math.min(sinceLastReplay, now - behindSince));
    }

    /** A connection to the replica failed: reads go to the primary until the next check finds it back. */
    void markUnreachable() {
        reachable = false;
        usable = false;
    }

    boolean usable() {
        return usable;
    }

    boolean reachable() {
        return reachable;
    }

    /** The last lag read, in seconds; NaN while the replica cannot be reached. */
    double lagSeconds() {
        return lagSeconds;
    }

    Duration maxLag() {
        return maxLag;
    }

    /** The replica's own pool. */
    DataSource replica() {
        return replica;
    }

    @Override
    public void close() throws Exception {
        timer.shutdownNow();
        if (replica instanceof AutoCloseable pool) {
            pool.close();
        }
    }
}
