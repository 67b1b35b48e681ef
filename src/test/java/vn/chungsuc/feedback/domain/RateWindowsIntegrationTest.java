package vn.chungsuc.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.time.Today;

/**
 * Two instances behind a balancer share the portal's and Open311's rate limits through PostgreSQL: each here is a
 * pair of {@link RateWindows} and {@link AbuseGuard} objects of its own over the same table, and the N+1th hit is
 * refused whichever takes it; a challenge one issued is solved on the other once; concurrent hits never pass the
 * limit; the previous window still weighs at the edge; old windows are purged.
 */
@IntegrationTest
class RateWindowsIntegrationTest {

    private static final AtomicInteger KEYS = new AtomicInteger();

    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Today today;

    private RateWindows instance() {
        return new RateWindows(jdbc, transactions);
    }

    private AbuseGuard guard(RateWindows windows) {
        return new AbuseGuard(windows, today, 4, 10, 3);
    }

    private static String key() {
        return "test:" + KEYS.incrementAndGet() + ":" + System.nanoTime();
    }

    @Test
    void twoInstancesShareThePhoneLimit() {
        AbuseGuard a = guard(instance());
        AbuseGuard b = guard(instance());
        String phone = "09" + (10_000_000 + KEYS.incrementAndGet());
        assertThat(a.phoneAllowed(phone)).isTrue();
        assertThat(b.phoneAllowed(phone)).isTrue();
        assertThat(a.phoneAllowed(phone)).isTrue();
        assertThat(b.phoneAllowed(phone)).isFalse();
        assertThat(a.phoneAllowed(phone)).isFalse();
        assertThat(a.phoneAllowed("09" + (20_000_000 + KEYS.incrementAndGet()))).isTrue();
        assertThat(jdbc.sql("select count(*) from feedback_rate_window where rate_key like 'portal:phone:%' and "
                + "rate_key like :p").param("p", "%" + phone + "%").query(Long.class).single())
                .as("the phone is kept hashed, never in clear").isZero();
    }

    @Test
    void twoInstancesShareTheClientLimit() {
        AbuseGuard a = guard(instance());
        AbuseGuard b = guard(instance());
        String client = "10.99.0." + KEYS.incrementAndGet();
        for (int i = 0; i < 10; i++) {
            assertThat((i % 2 == 0 ? a : b).clientAllowed(client)).as("hit %d", i + 1).isTrue();
        }
        assertThat(a.clientAllowed(client)).isFalse();
        assertThat(b.clientAllowed(client)).isFalse();
    }

    @Test
    void aChallengeIssuedByOneInstanceIsSolvedOnAnotherOnce() {
        AbuseGuard a = guard(instance());
        AbuseGuard b = guard(instance());
        String challenge = a.challenge();
        String nonce = AbuseGuard.solve(challenge, a.difficulty());
        assertThat(b.solved(challenge, nonce)).isTrue();
        assertThat(a.solved(challenge, nonce)).as("spent on the other instance").isFalse();
        assertThat(b.solved(challenge, nonce)).isFalse();
        String forged = challenge.substring(0, challenge.lastIndexOf('.') + 1) + "0".repeat(32);
        assertThat(b.solved(forged, AbuseGuard.solve(forged, a.difficulty()))).isFalse();
    }

    @Test
    void concurrentHitsOnTwoInstancesNeverPassTheLimit() throws Exception {
        RateWindows a = instance();
        RateWindows b = instance();
        String key = key();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> hits = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                RateWindows w = i % 2 == 0 ? a : b;
                hits.add(pool.submit((Callable<Boolean>) () -> w.take(key, Duration.ofHours(1), 7)));
            }
            int passed = 0;
            for (Future<Boolean> f : hits) {
                passed += f.get() ? 1 : 0;
            }
            assertThat(passed).isEqualTo(7);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select sum(hits) from feedback_rate_window where rate_key = :k").param("k", key)
                .query(Long.class).single()).isEqualTo(7);
    }

    @Test
    void thePreviousWindowStillWeighsAtTheEdge() {
        RateWindows a = instance();
        RateWindows b = instance();
        String key = key();
        Instant start = Instant.parse("2026-12-03T10:00:00Z");
        Duration hour = Duration.ofHours(1);
        for (int i = 0; i < 4; i++) {
            assertThat((i % 2 == 0 ? a : b).take(key, hour, 4, start.plusSeconds(3000 + i))).isTrue();
        }
        assertThat(a.take(key, hour, 4, start.plusSeconds(3100))).isFalse();
        assertThat(b.take(key, hour, 4, start.plus(hour).plusSeconds(60)))
                .as("a minute into the next window the last one's hits still count").isFalse();
        assertThat(b.take(key, hour, 4, start.plus(hour).plusSeconds(1800)))
                .as("half-way, half of them count").isTrue();
        assertThat(a.take(key, hour, 4, start.plus(hour).plusSeconds(1801))).isTrue();
        assertThat(a.take(key, hour, 4, start.plus(hour).plusSeconds(1802))).isFalse();
    }

    @Test
    void oldWindowsArePurged() {
        RateWindows a = instance();
        String old = key();
        String fresh = key();
        Instant now = Instant.now();
        assertThat(a.take(old, Duration.ofMinutes(1), 5, now.minus(Duration.ofMinutes(10)))).isTrue();
        assertThat(a.take(fresh, Duration.ofMinutes(1), 5, now)).isTrue();
        a.purgeNow(now);
        assertThat(jdbc.sql("select rate_key from feedback_rate_window where rate_key in (:o, :f)")
                .param("o", old).param("f", fresh).query(String.class).list()).containsExactly(fresh);
        assertThat(jdbc.sql("select count(*) from feedback_rate_window where expires_at < :now")
                .param("now", Timestamp.from(now)).query(Long.class).single()).isZero();
    }
}
