package vn.chungsuc.shared.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Sends a read-only transaction ({@code @Transactional(readOnly = true)}) to the read replica, everything else to the
 * primary: writes, work outside a transaction (Flyway, advisory locks), reads pinned by {@link ReplicaRouting}, and
 * every read while {@link ReplicaLagMonitor} says the replica lags too much or cannot be reached. It sits behind a
 * {@code LazyConnectionDataSourceProxy} ({@link ReplicaConfig}): the transaction manager marks the transaction
 * read-only before the first statement asks for the real connection. A replica that fails to give a connection is a
 * fallback to the primary, never an error.
 */
class RoutingDataSource extends AbstractRoutingDataSource {

    private static final Logger log = LoggerFactory.getLogger(RoutingDataSource.class);

    private static final String WROTE = RoutingDataSource.class.getName() + ".wrote";

    enum Target { PRIMARY, REPLICA }

    private final DataSource primary;
    private final DataSource replica;
    private final ReplicaLagMonitor monitor;

    RoutingDataSource(DataSource primary, DataSource replica, ReplicaLagMonitor monitor) {
        this.primary = primary;
        this.replica = replica;
        this.monitor = monitor;
        setTargetDataSources(Map.of(Target.PRIMARY, primary, Target.REPLICA, replica));
        setDefaultTargetDataSource(primary);
        setLenientFallback(false);
        afterPropertiesSet();
    }

    @Override
    protected Object determineCurrentLookupKey() {
        boolean replicaRead = TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && !ReplicaRouting.isPrimaryOnly() && !wroteInThisRequest() && monitor.usable();
        return replicaRead ? Target.REPLICA : Target.PRIMARY;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (determineCurrentLookupKey() != Target.REPLICA) {
            pinRequestAfterCommit();
            return primary.getConnection();
        }
        try {
            Connection c = replica.getConnection();
            // a pooled connection to a replica that has just stopped looks fine until used: one round trip tells
            if (c.isValid(1)) {
                return c;
            }
            if (replica instanceof com.zaxxer.hikari.HikariDataSource pool) {
                pool.evictConnection(c);
            } else {
                c.close();
            }
            log.warn("The read replica's connection is broken, reading from the primary");
            monitor.markUnreachable();
            return primary.getConnection();
        } catch (SQLException e) {
            log.warn("The read replica gives no connection, reading from the primary: {}", e.getMessage());
            monitor.markUnreachable();
            return primary.getConnection();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return primary.getConnection(username, password);
    }

    /**
     * A read-write transaction in a web request (a save, or a figure set built on the way to a page): once it
     * commits, the rest of the request reads from the primary too, so the page shows what the request itself wrote.
     */
    private static void pinRequestAfterCommit() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null || !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                request.setAttribute(WROTE, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
            }
        });
    }

    private static boolean wroteInThisRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null && Boolean.TRUE.equals(request.getAttribute(WROTE, RequestAttributes.SCOPE_REQUEST));
    }

    DataSource primary() {
        return primary;
    }
}
