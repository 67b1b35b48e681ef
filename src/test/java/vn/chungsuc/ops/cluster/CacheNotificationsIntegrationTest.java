package vn.chungsuc.ops.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.platform.CacheNotifications;
import vn.chungsuc.shared.platform.ReadCache;

/**
 * Issue 19, item 2: a per-instance read cache drops a change made on another instance within a second (PostgreSQL
 * LISTEN/NOTIFY, one channel per cache) rather than after its 30 s maximum age; a write notifies only once its
 * transaction commits, never after a rollback. "Another instance" is a plain connection that notifies or listens.
 */
@IntegrationTest
class CacheNotificationsIntegrationTest {

    @Autowired DataSource dataSource;
    @Autowired CacheNotifications notifications;
    @Autowired TransactionTemplate tx;

    @Test
    void aChangeNotifiedByAnotherInstanceEmptiesTheCacheWithinASecond() throws Exception {
        ReadCache cache = new ReadCache(Duration.ofSeconds(30), 10);
        assertThat(cache.channel()).isEqualTo("chungsuc_cache_cachenotificationsintegrationtest");
        assertThat(cache.get("k", () -> "old")).isEqualTo("old");
        Thread.sleep(600); // the listener picks up the new channel on its next poll
        assertThat(cache.get("k", () -> "new")).as("kept until told").isEqualTo("old");
        long sent;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("select pg_notify('" + cache.channel() + "', 'another-instance')");
            sent = System.nanoTime();
        }
        String seen = "old";
        while (System.nanoTime() - sent < 1_000_000_000L && "old".equals(seen)) {
            seen = cache.get("k", () -> "new");
            Thread.sleep(5);
        }
        long lagMs = (System.nanoTime() - sent) / 1_000_000;
        System.out.println("cache notification lag: " + lagMs + " ms");
        assertThat(seen).as("dropped within 1 s").isEqualTo("new");
        assertThat(notifications.received()).isPositive();
    }

    @Test
    void aWriteNotifiesTheOthersOnCommitOnly() throws Exception {
        ReadCache cache = new ReadCache(Duration.ofSeconds(30), 10);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("listen \"" + cache.channel() + "\"");
            PGConnection pg = c.unwrap(PGConnection.class);

            tx.executeWithoutResult(status -> {
                cache.written();
                cache.written();
                status.setRollbackOnly();
            });
            assertThat(drain(pg)).as("a rolled back write tells nobody").isEmpty();

            tx.executeWithoutResult(status -> {
                cache.written();
                cache.written();
                assertThat(drainQuietly(pg)).as("nothing before the commit").isEmpty();
            });
            List<PGNotification> got = drain(pg);
            assertThat(got).hasSize(1);
            assertThat(got.get(0).getName()).isEqualTo(cache.channel());
            assertThat(got.get(0).getParameter()).isEqualTo(notifications.instance());
        }
    }

    private static List<PGNotification> drainQuietly(PGConnection pg) {
        try {
            return drain(pg);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<PGNotification> drain(PGConnection pg) throws Exception {
        List<PGNotification> out = new ArrayList<>();
        long until = System.nanoTime() + 400_000_000L;
        while (System.nanoTime() < until) {
            PGNotification[] n = pg.getNotifications(50);
            if (n != null) {
                out.addAll(List.of(n));
            }
        }
        return out;
    }
}
