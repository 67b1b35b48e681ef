package vn.chungsuc.access.domain;

import java.time.Instant;
import java.util.Set;
import vn.chungsuc.access.Role;

/**
 * A user as stored: post, the body he works in (a code of territory's bodies), the unit codes he may manage and
 * view, and the lock-out state.
 */
public record UserAccount(long id, String username, String passwordHash, String fullName, Role role,
        String bodyCode, boolean enabled, int failedAttempts, Instant lockedUntil, Set<String> manageCodes,
        Set<String> viewCodes) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** What the audit log keeps of a user: never the password hash. */
    public java.util.Map<String, Object> auditView() {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("username", username);
        m.put("fullName", fullName);
        m.put("role", role.name());
        m.put("body", bodyCode);
        m.put("enabled", enabled);
        m.put("manage", new java.util.TreeSet<>(manageCodes));
        m.put("view", new java.util.TreeSet<>(viewCodes));
        return m;
    }
}
