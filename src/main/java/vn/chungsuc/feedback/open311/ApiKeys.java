package vn.chungsuc.feedback.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.feedback.domain.RateWindows;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.time.Today;

/**
 * The API keys of Open311 applications: issued and revoked by an administrator (audited), kept as their SHA-256
 * only, each with its rate limit per minute as data. The key itself is shown once, when issued. The rate windows
 * live in PostgreSQL ({@link RateWindows}), shared by every instance, like the portal's {@code AbuseGuard}.
 */
@Component
public class ApiKeys {

    private static final String LETTERS = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "open311:";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Today today;
    private final RateWindows windows;

    ApiKeys(JdbcClient jdbc, AuditLog audit, Today today, RateWindows windows) {
        this.jdbc = jdbc;
        this.windows = windows;
        this.audit = audit;
        this.today = today;
    }

    /** A key as the administrator's page lists it (never the key, which is not kept). */
    public record Key(long id, String name, String prefix, int perMinute, Instant createdAt, String createdBy,
            Instant lastUsedAt, Instant revokedAt, String revokedBy) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A key just issued: the only time its text exists outside the client's hands. */
    public record Issued(Key key, String secret) {
    }

    private static final String COLUMNS = "id, name, key_prefix, per_minute, created_at, created_by, last_used_at, "
            + "revoked_at, revoked_by";

    private static Key key(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Key(rs.getLong("id"), rs.getString("name"), rs.getString("key_prefix"), rs.getInt("per_minute"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), instant(rs, "last_used_at"),
                instant(rs, "revoked_at"), rs.getString("revoked_by"));
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    @Transactional(readOnly = true)
    public List<Key> list() {
        return jdbc.sql("select " + COLUMNS + " from feedback_open311_key order by revoked_at nulls first, id desc")
                .query(ApiKeys::key).list();
    }

    /** Issues a key for the application named; its limit is {@code perMinute} (60 when null). */
    @Transactional
    public Issued issue(String name, Integer perMinute, String actor) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw new Refused("name", "feedback.open311.refused.keyName", 100);
        }
        int limit = perMinute == null ? 60 : perMinute;
        checkLimit(limit);
        StringBuilder b = new StringBuilder("cs311_");
        for (int i = 0; i < 40; i++) {
            b.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        String secret = b.toString();
        String prefix = secret.substring(0, 10);
        long id = jdbc.sql("""
                insert into feedback_open311_key (name, key_hash, key_prefix, per_minute, created_at, created_by)
                values (:n, :h, :p, :l, :at, :by) returning id""").param("n", n).param("h", sha256(secret))
                .param("p", prefix).param("l", limit).param("at", Timestamp.from(today.now())).param("by", actor)
                .query(Long.class).single();
        audit.record("CREATE", "feedback.open311.key", String.valueOf(id), "Cấp khóa Open311 " + prefix + "… cho " + n, null,
                Map.of("name", n, "prefix", prefix, "perMinute", limit));
        return new Issued(find(id).orElseThrow(), secret);
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > 100_000) {
            throw new Refused("perMinute", "feedback.open311.refused.perMinute", 1, 100_000);
        }
    }

    @Transactional(readOnly = true)
    public Optional<Key> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from feedback_open311_key where id = :id").param("id", id)
                .query(ApiKeys::key).optional();
    }

    /** Revokes the active key with this text; false when there is none. */
    @Transactional
    public boolean revokeBySecret(String secret, String actor) {
        if (secret == null || secret.length() > 100) {
            return false;
        }
        Optional<Long> id = jdbc.sql("select id from feedback_open311_key where key_hash = :h and revoked_at is null")
                .param("h", sha256(secret)).query(Long.class).optional();
        return id.isPresent() && revoke(id.get(), actor);
    }

    /** Revokes the key with this id; false when it is unknown or already revoked. */
    @Transactional
    public boolean revoke(long id, String actor) {
        Optional<Key> k = find(id).filter(Key::active);
        if (k.isEmpty()) {
            return false;
        }
        jdbc.sql("update feedback_open311_key set revoked_at = :at, revoked_by = :by where id = :id")
                .param("at", Timestamp.from(today.now())).param("by", actor).param("id", id).update();
        audit.record("REVOKE", "feedback.open311.key", String.valueOf(id), "Thu hồi khóa Open311 " + k.get().prefix() + "… của "
                + k.get().name(), Map.of("name", k.get().name(), "prefix", k.get().prefix()), null);
        return true;
    }

    /** Sets an active key's rate limit per minute. */
    @Transactional
    public void setLimit(long id, String perMinuteText) {
        Key k = find(id).filter(Key::active).orElseThrow(() -> new Refused("id", "feedback.open311.refused.noKey"));
        int limit;
        try {
            limit = Integer.parseInt(perMinuteText == null ? "" : perMinuteText.strip());
        } catch (NumberFormatException e) {
            limit = 0;
        }
        checkLimit(limit);
        jdbc.sql("update feedback_open311_key set per_minute = :l where id = :id").param("l", limit).param("id", id)
                .update();
        audit.record("UPDATE", "feedback.open311.key", String.valueOf(id), "Hạn mức khóa Open311 " + k.prefix() + "…",
                Map.of("perMinute", k.perMinute()), Map.of("perMinute", limit));
    }

    /** The active key with this text, if any. */
    @Transactional(readOnly = true)
    public Optional<Key> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from feedback_open311_key where key_hash = :h and revoked_at is null")
                .param("h", sha256(secret.strip())).query(ApiKeys::key).optional();
    }

    /** Notes that the key was used now (in the caller's transaction: a post that is refused leaves no trace). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void used(Key key) {
        jdbc.sql("update feedback_open311_key set last_used_at = :at where id = :id")
                .param("at", Timestamp.from(today.now())).param("id", key.id()).update();
    }

    /** Counts a post of the key; false when it went over the key's limit in the last minute. */
    public boolean allowed(Key key) {
        return allow("key:" + key.id(), key.perMinute(), Duration.ofMinutes(1));
    }

    /** Counts a post from the client address; false when it went over {@code limit} in the last minute. */
    public boolean clientAllowed(String client, int limit) {
        return client == null || allow("client:" + sha256(client), limit, Duration.ofMinutes(1));
    }

    /** Forgets every window of Open311 (tests). */
    public void reset() {
        windows.reset(PREFIX);
    }

    private boolean allow(String name, int limit, Duration span) {
        return windows.take(PREFIX + name, span, limit);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
