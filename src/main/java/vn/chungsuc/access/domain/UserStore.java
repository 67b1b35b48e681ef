package vn.chungsuc.access.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chungsuc.access.Role;
import vn.chungsuc.shared.text.VietnameseText;

/** The access module's tables: {@code access_user} and {@code access_user_scope}. */
@Repository
public class UserStore {

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select * from access_user where username = ?").param(username.toLowerCase())
                .query(this::row).optional().map(this::withScopes);
    }

    public Optional<UserAccount> findById(long id) {
        return jdbc.sql("select * from access_user where id = ?").param(id)
                .query(this::row).optional().map(this::withScopes);
    }

    public long count(String q) {
        return jdbc.sql("select count(*) from access_user where (:q = '' or search_key like '%' || :q || '%')")
                .param("q", VietnameseText.likeKey(q)).query(Long.class).single();
    }

    public List<UserAccount> page(String q, int page, int size) {
        List<UserAccount> users = jdbc.sql("""
                select * from access_user where (:q = '' or search_key like '%' || :q || '%')
                order by username limit :size offset :offset""")
                .param("q", VietnameseText.likeKey(q)).param("size", size).param("offset", (long) page * size)
                .query(this::row).list();
        if (users.isEmpty()) {
            return users;
        }
        Map<Long, Set<String>> manage = new HashMap<>();
        Map<Long, Set<String>> view = new HashMap<>();
        jdbc.sql("select user_id, unit_code, kind from access_user_scope where user_id in (:ids)")
                .param("ids", users.stream().map(UserAccount::id).toList())
                .query(rs -> {
                    var target = "MANAGE".equals(rs.getString("kind")) ? manage : view;
                    target.computeIfAbsent(rs.getLong("user_id"), k -> new HashSet<>()).add(rs.getString("unit_code"));
                });
        List<UserAccount> out = new ArrayList<>();
        for (UserAccount u : users) {
            out.add(new UserAccount(u.id(), u.username(), u.passwordHash(), u.fullName(), u.role(), u.bodyCode(),
                    u.enabled(), u.failedAttempts(), u.lockedUntil(), manage.getOrDefault(u.id(), Set.of()),
                    view.getOrDefault(u.id(), Set.of())));
        }
        return out;
    }

    public long insert(String username, String passwordHash, String fullName, Role role, String bodyCode,
            boolean enabled) {
        return jdbc.sql("""
                insert into access_user (username, password_hash, full_name, role, body_code, enabled, search_key)
                values (:u, :p, :n, :r, :d, :e, :k) returning id""")
                .param("u", username.toLowerCase()).param("p", passwordHash).param("n", fullName)
                .param("r", role.name()).param("d", bodyCode)
                .param("e", enabled).param("k", VietnameseText.searchKey(username + " " + fullName))
                .query(Long.class).single();
    }

    public void update(long id, String fullName, Role role, String bodyCode, boolean enabled) {
        jdbc.sql("""
                update access_user set full_name = :n, role = :r, body_code = :d, enabled = :e,
                       search_key = :k, updated_at = now() where id = :id""")
                .param("n", fullName).param("r", role.name()).param("d", bodyCode)
                .param("e", enabled).param("id", id)
                .param("k", VietnameseText.searchKey(findById(id).map(UserAccount::username).orElse("") + " " + fullName))
                .update();
    }

    public void setPassword(long id, String passwordHash) {
        jdbc.sql("update access_user set password_hash = ?, updated_at = now() where id = ?")
                .params(passwordHash, id).update();
    }

    public void replaceScopes(long id, Set<String> manageCodes, Set<String> viewCodes) {
        jdbc.sql("delete from access_user_scope where user_id = ?").param(id).update();
        for (String code : manageCodes) {
            jdbc.sql("insert into access_user_scope (user_id, unit_code, kind) values (?, ?, 'MANAGE')")
                    .params(id, code).update();
        }
        for (String code : viewCodes) {
            jdbc.sql("insert into access_user_scope (user_id, unit_code, kind) values (?, ?, 'VIEW')")
                    .params(id, code).update();
        }
    }

    /**
     * Counts a failed login; at {@code maxAttempts} the account is locked until {@code lockUntil}. A lock that has
     * expired by {@code now} starts the count again (it used to stay at the maximum, locking at the next slip).
     */
    public void recordFailure(String username, int maxAttempts, Instant now, Instant lockUntil) {
        jdbc.sql("""
                update access_user set
                       failed_attempts = case when locked_until is not null and locked_until <= :now then 1
                                              else failed_attempts + 1 end,
                       locked_until = case when locked_until is not null and locked_until <= :now then null
                                           when failed_attempts + 1 >= :max then :until else locked_until end
                where username = :u""")
                .param("max", maxAttempts).param("now", Timestamp.from(now)).param("until", Timestamp.from(lockUntil))
                .param("u", username.toLowerCase()).update();
    }

    public void recordSuccess(String username) {
        jdbc.sql("""
                update access_user set failed_attempts = 0, locked_until = null, last_login_at = now()
                where username = ?""").param(username.toLowerCase()).update();
    }

    public void unlock(long id) {
        jdbc.sql("update access_user set failed_attempts = 0, locked_until = null where id = ?").param(id).update();
    }

    public long countEnabledAdmins() {
        return jdbc.sql("select count(*) from access_user where role = 'ADMIN' and enabled").query(Long.class).single();
    }

    public long countAll() {
        return jdbc.sql("select count(*) from access_user").query(Long.class).single();
    }

    private UserAccount withScopes(UserAccount u) {
        Set<String> manage = new HashSet<>();
        Set<String> view = new HashSet<>();
        jdbc.sql("select unit_code, kind from access_user_scope where user_id = ?").param(u.id())
                .query(rs -> {
                    ("MANAGE".equals(rs.getString("kind")) ? manage : view).add(rs.getString("unit_code"));
                });
        return new UserAccount(u.id(), u.username(), u.passwordHash(), u.fullName(), u.role(), u.bodyCode(),
                u.enabled(), u.failedAttempts(), u.lockedUntil(), manage, view);
    }

    private UserAccount row(ResultSet rs, int i) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("full_name"), Role.valueOf(rs.getString("role")),
                rs.getString("body_code"), rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"), locked == null ? null : locked.toInstant(), Set.of(), Set.of());
    }
}
