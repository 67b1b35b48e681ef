package vn.chungsuc.shared.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the per-instance {@link ReadCache}s of several instances on one database in step (issue 19, item 2): a write
 * to a cache's data ({@link ReadCache#written()}) sends {@code pg_notify(channel, instance)} once the writing
 * transaction has committed (at once without one; never after a rollback), and one connection per instance
 * {@code LISTEN}s on every cache's channel and empties the caches of a channel another instance notified. A change
 * thus shows on every instance within the time a notification takes (milliseconds) instead of the caches' maximum
 * age (30 s), which stays as the fallback should a notification be lost (the listening connection broke: every
 * cache is emptied when it is opened again, since notifications sent meanwhile are gone).
 *
 * <p>The listening connection is taken from the pool for the life of the instance and polled every 200 ms.
 * {@code chungsuc.cache.notify.enabled=false} turns it off (one instance alone needs none).
 */
@Component
public class CacheNotifications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CacheNotifications.class);

    private final DataSource dataSource;
    private final boolean enabled;
    private final String instance = UUID.randomUUID().toString();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final Object pending = new Object();
    private volatile boolean running;
    private volatile Thread thread;

    CacheNotifications(DataSource dataSource, @Value("${chungsuc.cache.notify.enabled:true}") boolean enabled) {
        this.dataSource = dataSource;
        this.enabled = enabled;
    }

    /** This instance's name in the notifications it sends (its own are ignored when they come back). */
    public String instance() {
        return instance;
    }

    /** Notifications from other instances acted on since start. */
    public long received() {
        return received.get();
    }

    /** Notifications sent since start. */
    public long sent() {
        return sent.get();
    }

    /** A cache's data changed: tell the other instances when (if) the current transaction commits. */
    void written(ReadCache cache) {
        if (!running) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send(Set.of(cache.channel()));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> channels = (Set<String>) TransactionSynchronizationManager.getResource(pending);
        if (channels == null) {
            Set<String> fresh = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(pending, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(pending);
                    if (status == STATUS_COMMITTED) {
                        send(fresh);
                    }
                }
            });
            channels = fresh;
        }
        channels.add(cache.channel());
    }

    private void send(Set<String> channels) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select pg_notify(?, ?)")) {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            for (String channel : channels) {
                ps.setString(1, channel);
                ps.setString(2, instance);
                ps.execute();
                sent.incrementAndGet();
            }
        } catch (Exception e) {
            // the others see the change within the caches' maximum age
            log.warn("Could not notify the other instances of a change to {}: {}", channels, e.toString());
        }
    }

    private void listen() {
        Set<String> listening = new HashSet<>();
        boolean first = true;
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                PGConnection pg = c.unwrap(PGConnection.class);
                listening.clear();
                if (!first) {
                    ReadCache.clearAll();
                }
                first = false;
                while (running) {
                    Set<String> wanted = ReadCache.channels();
                    wanted.removeAll(listening);
                    if (!wanted.isEmpty()) {
                        try (Statement s = c.createStatement()) {
                            for (String channel : wanted) {
                                s.execute("listen \"" + channel + "\"");
                                listening.add(channel);
                            }
                        }
                    }
                    PGNotification[] got = pg.getNotifications(200);
                    if (got == null) {
                        continue;
                    }
                    for (PGNotification n : got) {
                        if (!instance.equals(n.getParameter())) {
                            ReadCache.clearChannel(n.getName());
                            received.incrementAndGet();
                        }
                    }
                }
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                log.warn("Cache notifications: listening connection lost ({}), again in 1 s", e.toString());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void start() {
        if (!enabled || running) {
            return;
        }
        running = true;
        ReadCache.onWritten = this::written;
        Thread t = new Thread(this::listen, "cache-notifications");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public void stop() {
        running = false;
        ReadCache.onWritten = cache -> { };
        Thread t = thread;
        if (t != null) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
