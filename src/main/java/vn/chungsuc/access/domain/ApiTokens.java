package vn.chungsuc.access.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.problem.Refused;

/**
 * API tokens for integrations (issue 18, hole 8): an administrator issues a named token for an account, valid for
 * at most {@link #MAX_DAYS} days, and may revoke it. The secret ({@code csk_} and 43 characters) is shown once and
 * only its SHA-256 is stored. A call with {@code Authorization: Bearer csk_…} acts as that account with its current
 * units and functions, without a session; the last use is written at most once a minute per token, not per call.
 */
@Service
public class ApiTokens {

    public static final String PREFIX = "csk_";
    public static final int MAX_DAYS = 365;
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final AccountService accounts;
    private final Clock clock;
    private final Map<Long, Instant> touched = new ConcurrentHashMap<>();

    ApiTokens(JdbcClient jdbc, AuditLog audit, AccountService accounts, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A token as the list shows it (never its secret). */
    public record Token(long id, String username, String name, String hint, Instant createdAt, String createdBy,
            Instant expiresAt, Instant revokedAt, String revokedBy, Instant lastUsedAt) {

        public boolean active(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** A token just issued, with its secret: the only time the secret is seen. */
    public record Issued(Token token, String secret) {
    }

    /** Issues a token for the account; refuses an unknown or disabled account, a bad name or a bad validity. */
    @Transactional
    public Issued issue(String username, String name, Integer days) {
        String login = username == null ? "" : username.strip().toLowerCase();
        String label = name == null ? "" : name.strip();
        Long userId = login.isEmpty() ? null : jdbc.sql("select id from access_user where username = :u and enabled")
                .param("u", login).query(Long.class).optional().orElse(null);
        if (userId == null) {
            throw new Refused("username", "access.token.username.unknown");
        }
        if (label.isEmpty() || label.length() > 100 || label.codePoints().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT)) {
            throw new Refused("name", "access.token.name.invalid");
        }
        if (days == null || days < 1 || days > MAX_DAYS) {
            throw new Refused("days", "access.token.days.invalid", MAX_DAYS);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now(clock);
        Instant expires = now.plus(Duration.ofDays(days));
        String by = actor();
        long id = jdbc.sql("""
                insert into access_api_token (user_id, name, secret_hash, hint, created_at, created_by, expires_at)
                values (:user, :name, :hash, :hint, :now, :by, :expires) returning id
                """).param("user", userId).param("name", label).param("hash", hash(secret))
                .param("hint", secret.substring(0, PREFIX.length() + 4) + "…").param("now", at(now))
                .param("by", by).param("expires", at(expires)).query(Long.class).single();
        Token token = find(id).orElseThrow();
        audit.record("ISSUE", "access.token", String.valueOf(id), "Cấp mã truy cập API “" + label + "” cho " + login,
                null, view(token));
        return new Issued(token, secret);
    }

    /** Revokes the token (again is a no-op); false when there is no such token. */
    @Transactional
    public boolean revoke(long id) {
        Optional<Token> before = find(id);
        if (before.isEmpty()) {
            return false;
        }
        if (before.get().revokedAt() != null) {
            return true;
        }
        jdbc.sql("update access_api_token set revoked_at = :now, revoked_by = :by where id = :id and revoked_at is null")
                .param("now", at(Instant.now(clock))).param("by", actor()).param("id", id).update();
        Token after = find(id).orElseThrow();
        touched.remove(id);
        audit.record("REVOKE", "access.token", String.valueOf(id), "Thu hồi mã truy cập API “" + after.name() + "”",
                view(before.get()), view(after));
        return true;
    }

    public Optional<Token> find(long id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(ApiTokens::token).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from access_api_token").query(Long.class).single();
    }

    /** A page of tokens, newest first. */
    public List<Token> page(int page, int size) {
        return jdbc.sql(SELECT + " order by t.id desc limit :size offset :offset").param("size", size)
                .param("offset", (long) page * size).query(ApiTokens::token).list();
    }

    /**
     * The account a bearer secret stands for, when the token is known, neither revoked nor expired, and the account
     * enabled and not locked; its last use is recorded at most once a minute.
     */
    public Optional<UserDetails> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        Optional<Map<String, Object>> row = jdbc.sql("""
                select t.id, u.username from access_api_token t join access_user u on u.id = t.user_id
                where t.secret_hash = :hash and t.revoked_at is null and t.expires_at > :now
                """).param("hash", hash(secret)).param("now", at(now)).query().listOfRows().stream().findFirst();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        UserDetails user;
        try {
            user = accounts.loadUserByUsername((String) row.get().get("username"));
        } catch (UsernameNotFoundException | org.springframework.security.authentication.LockedException e) {
            return Optional.empty();
        }
        if (!user.isEnabled() || !user.isAccountNonLocked()) {
            return Optional.empty();
        }
        touch(((Number) row.get().get("id")).longValue(), now);
        return Optional.of(user);
    }

    private void touch(long id, Instant now) {
        Instant last = touched.get(id);
        if (last != null && Duration.between(last, now).compareTo(TOUCH_EVERY) < 0) {
            return;
        }
        touched.put(id, now);
        jdbc.sql("update access_api_token set last_used_at = :now where id = :id"
                + " and (last_used_at is null or last_used_at < :since)")
                .param("now", at(now)).param("id", id).param("since", at(now.minus(TOUCH_EVERY))).update();
    }

    private static final String SELECT = """
            select t.id, u.username, t.name, t.hint, t.created_at, t.created_by, t.expires_at, t.revoked_at,
                   t.revoked_by, t.last_used_at
            from access_api_token t join access_user u on u.id = t.user_id""";

    private static Token token(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Token(rs.getLong("id"), rs.getString("username"), rs.getString("name"), rs.getString("hint"),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "expires_at"),
                instant(rs, "revoked_at"), rs.getString("revoked_by"), instant(rs, "last_used_at"));
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime at(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static Map<String, Object> view(Token t) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", t.name());
        values.put("account", t.username());
        values.put("expiresAt", t.expiresAt().toString());
        values.put("revokedAt", t.revokedAt() == null ? null : t.revokedAt().toString());
        return values;
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
