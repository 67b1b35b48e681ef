package vn.chungsuc.feedback.domain;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rate windows kept in PostgreSQL ({@code feedback_rate_window}), so that every instance behind a balancer counts
 * the same hits. A key's hits are counted in fixed windows of its span by one atomic upsert that refuses to pass
 * the limit; the previous window's hits weigh by the part of it still inside the sliding span, rounded up (the usual
 * "sliding window counter"), so a client cannot double its limit at a window's edge. Each hit is committed on its
 * own (a new transaction), so a post refused later still counts and a rolled-back post cannot erase the flood it
 * belongs to. Rows older than the next window are purged, at most once a minute per instance.
 */
@Component
public class RateWindows {

    private static final long PURGE_EVERY_MS = 60_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final AtomicLong lastPurge = new AtomicLong();
    private volatile byte[] secret;

    RateWindows(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Counts a hit of the key now; false (and nothing counted) when it would pass {@code limit} within the span. */
    public boolean take(String key, Duration span, int limit) {
        return take(key, span, limit, Instant.now());
    }

    /** {@link #take(String, Duration, int)} at a given instant (tests). */
    boolean take(String key, Duration span, int limit, Instant now) {
        long spanMs = span.toMillis();
        long startMs = Math.floorDiv(now.toEpochMilli(), spanMs) * spanMs;
        double carried = 1.0 - (double) (now.toEpochMilli() - startMs) / spanMs;
        purge(now);
        Boolean ok = own.execute(tx -> {
            // a count lost in a crash lets a few more posts through at worst: this commit need not wait for the disk
            jdbc.sql("set local synchronous_commit = off").update();
            return !jdbc.sql("""
                with prev as (
                    select ceil(coalesce(max(hits), 0) * :w) as carried from feedback_rate_window
                    where rate_key = :k and window_start = :prev)
                insert into feedback_rate_window (rate_key, window_start, hits, expires_at)
                select :k, :start, 1, :expires from prev where prev.carried < :limit
                on conflict (rate_key, window_start) do update set hits = feedback_rate_window.hits + 1
                    where feedback_rate_window.hits + (select carried from prev) < :limit
                returning hits""")
                .param("k", key).param("w", carried)
                .param("prev", Timestamp.from(Instant.ofEpochMilli(startMs - spanMs)))
                .param("start", Timestamp.from(Instant.ofEpochMilli(startMs)))
                .param("expires", Timestamp.from(Instant.ofEpochMilli(startMs + 2 * spanMs)))
                .param("limit", limit).query(Integer.class).list().isEmpty();
        });
        return Boolean.TRUE.equals(ok);
    }

    /** Marks the key used once until {@code until}; false when some instance marked it already. */
    public boolean once(String key, Instant until) {
        purge(Instant.now());
        Boolean ok = own.execute(tx -> jdbc.sql("""
                insert into feedback_rate_window (rate_key, window_start, hits, expires_at)
                values (:k, timestamptz 'epoch', 1, :until) on conflict do nothing""")
                .param("k", key).param("until", Timestamp.from(until)).update() == 1);
        return Boolean.TRUE.equals(ok);
    }

    /** The secret every instance shares, made by the first that needs it. */
    public byte[] secret() {
        byte[] s = secret;
        if (s == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            s = own.execute(tx -> {
                jdbc.sql("insert into feedback_rate_secret (id, secret) values (1, :s) on conflict do nothing")
                        .param("s", fresh).update();
                return jdbc.sql("select secret from feedback_rate_secret where id = 1").query(byte[].class)
                        .single();
            });
            secret = s;
        }
        return s;
    }

    /** Deletes the windows that ended before {@code now}, at most once a minute unless forced. */
    int purge(Instant now) {
        long last = lastPurge.get();
        if (now.toEpochMilli() - last < PURGE_EVERY_MS || !lastPurge.compareAndSet(last, now.toEpochMilli())) {
            return 0;
        }
        return purgeNow(now);
    }

    int purgeNow(Instant now) {
        Integer n = own.execute(tx -> jdbc.sql("delete from feedback_rate_window where expires_at < :now")
                .param("now", Timestamp.from(now)).update());
        return n == null ? 0 : n;
    }

    /** Forgets the windows whose key starts with {@code prefix} (tests). */
    public void reset(String prefix) {
        own.executeWithoutResult(tx -> jdbc.sql("delete from feedback_rate_window where starts_with(rate_key, :p)")
                .param("p", prefix).update());
    }
}
