package vn.chungsuc.access.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.access.Role;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.permission.BodyDirectory;
import vn.chungsuc.shared.scope.UnitDirectory;

/** Creates and changes users; each change is one transaction with its audit entry. */
@Service
public class UserAdministration {

    /** A rule a form broke: the field and the message key (with arguments) to show beside it. */
    public record Violation(String field, String messageKey, Object... args) {
    }

    public static final int MIN_PASSWORD = 8;

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final UnitDirectory units;
    private final SessionTerminator sessions;
    private final BodyDirectory bodies;

    UserAdministration(UserStore users, PasswordEncoder encoder, AuditLog audit, UnitDirectory units,
            SessionTerminator sessions, BodyDirectory bodies) {
        this.bodies = bodies;
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.units = units;
        this.sessions = sessions;
    }

    /** Rules no annotation can check: a known body for a post that is a body's work, known unit codes, a free user name. */
    @Transactional(readOnly = true)
    public List<Violation> check(UserForm form, Long existingId) {
        List<Violation> out = new ArrayList<>();
        String body = bodyOf(form);
        if (form.role() != null && form.role().needsBody() && body == null) {
            out.add(new Violation("bodyCode", "access.user.department.required"));
        }
        if (body != null && bodies.body(body).isEmpty()) {
            out.add(new Violation("bodyCode", "access.user.body.unknown", body));
        }
        if (existingId == null && (form.password() == null || form.password().length() < MIN_PASSWORD)) {
            out.add(new Violation("password", "access.user.password.required", MIN_PASSWORD));
        }
        if (existingId != null && form.password() != null && !form.password().isEmpty()
                && form.password().length() < MIN_PASSWORD) {
            out.add(new Violation("password", "access.user.password.required", MIN_PASSWORD));
        }
        if (existingId == null && form.username() != null
                && users.findByUsername(form.username().trim()).isPresent()) {
            out.add(new Violation("username", "access.user.username.taken", form.username().trim().toLowerCase()));
        }
        unknownCodes(form.manageCodeSet()).forEach(c -> out.add(new Violation("manageCodes", "access.user.unit.unknown", c)));
        unknownCodes(form.viewCodeSet()).forEach(c -> out.add(new Violation("viewCodes", "access.user.unit.unknown", c)));
        if (existingId != null && (form.role() != Role.ADMIN || !form.active())) {
            users.findById(existingId).filter(u -> u.role() == Role.ADMIN).ifPresent(u -> {
                if (u.username().equalsIgnoreCase(currentUsername())) {
                    out.add(new Violation("role", "access.user.self"));
                } else if (users.countEnabledAdmins() <= 1 && u.enabled()) {
                    out.add(new Violation("role", "access.user.lastAdmin"));
                }
            });
        }
        if (form.role() != null && form.role() != Role.ADMIN && form.manageCodeSet().isEmpty()
                && form.viewCodeSet().isEmpty()) {
            out.add(new Violation("manageCodes", "access.user.unit.none"));
        }
        return out;
    }

    @Transactional
    public long create(UserForm form) {
        long id = users.insert(form.username().trim(), encoder.encode(form.password()), form.fullName().trim(),
                form.role(), bodyOf(form), form.active());
        users.replaceScopes(id, form.manageCodeSet(), form.viewCodeSet());
        UserAccount created = users.findById(id).orElseThrow();
        audit.record("CREATE", "access.user", created.username(), "Tạo người dùng " + created.username(), null,
                created.auditView());
        return id;
    }

    @Transactional
    public void update(long id, UserForm form) {
        UserAccount before = users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
        users.update(id, form.fullName().trim(), form.role(),
                bodyOf(form), form.active());
        users.replaceScopes(id, form.manageCodeSet(), form.viewCodeSet());
        if (form.password() != null && !form.password().isEmpty()) {
            users.setPassword(id, encoder.encode(form.password()));
        }
        UserAccount after = users.findById(id).orElseThrow();
        var newView = after.auditView();
        if (form.password() != null && !form.password().isEmpty()) {
            newView.put("password", "(đã đặt lại)");
        }
        audit.record("UPDATE", "access.user", after.username(), "Cập nhật người dùng " + after.username(),
                before.auditView(), newView);
        if (rightsChanged(before, after) || (form.password() != null && !form.password().isEmpty())) {
            sessions.endSessionsOf(after.username());
        }
    }

    /** What a session holds of a user: changing any of it ends his sessions. */
    private static boolean rightsChanged(UserAccount before, UserAccount after) {
        return before.role() != after.role() || !java.util.Objects.equals(before.bodyCode(), after.bodyCode())
                || before.enabled() != after.enabled() || !before.manageCodes().equals(after.manageCodes())
                || !before.viewCodes().equals(after.viewCodes());
    }

    /** The message key of the rule that forbids disabling this user, or null when it may be disabled. */
    @Transactional(readOnly = true)
    public String whyNotDisable(long id) {
        UserAccount u = users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
        if (u.role() != Role.ADMIN || !u.enabled()) {
            return null;
        }
        if (u.username().equalsIgnoreCase(currentUsername())) {
            return "access.user.self";
        }
        return users.countEnabledAdmins() <= 1 ? "access.user.lastAdmin" : null;
    }

    private static String currentUsername() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "" : auth.getName();
    }

    @Transactional
    public void setEnabled(long id, boolean enabled) {
        UserAccount before = users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
        if (!enabled && whyNotDisable(id) != null) {
            throw new IllegalStateException(whyNotDisable(id));
        }
        users.update(id, before.fullName(), before.role(), before.bodyCode(), enabled);
        UserAccount after = users.findById(id).orElseThrow();
        audit.record(enabled ? "ENABLE" : "DISABLE", "access.user", after.username(),
                (enabled ? "Kích hoạt" : "Vô hiệu hóa") + " người dùng " + after.username(),
                before.auditView(), after.auditView());
        if (!enabled) {
            sessions.endSessionsOf(after.username());
        }
    }

    @Transactional
    public void unlock(long id) {
        UserAccount before = users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
        users.unlock(id);
        audit.record("UNLOCK", "access.user", before.username(), "Mở khóa người dùng " + before.username(),
                java.util.Map.of("failedAttempts", before.failedAttempts()), java.util.Map.of("failedAttempts", 0));
    }

    /** Clears the failed sign-ins of a user found by name (an administrator's action, audited). */
    @Transactional
    public void unlockByName(String username) {
        users.findByUsername(username).ifPresent(u -> unlock(u.id()));
    }

    /** For demo data and first start: creates the user if the name is free; returns false when it existed. */
    @Transactional
    public boolean ensure(String username, String rawPassword, String fullName, Role role,
            String bodyCode, Set<String> manage, Set<String> view) {
        if (users.findByUsername(username).isPresent()) {
            return false;
        }
        create(new UserForm(username, fullName, role, bodyCode, String.join(",", manage), String.join(",", view),
                Boolean.TRUE, rawPassword));
        return true;
    }

    /** The body the form names, upper-cased; none for an administrator. */
    private static String bodyOf(UserForm form) {
        if (form.role() == Role.ADMIN || form.bodyCode() == null || form.bodyCode().isBlank()) {
            return null;
        }
        return form.bodyCode().trim().toUpperCase();
    }

    private List<String> unknownCodes(Set<String> codes) {
        return codes.stream().filter(c -> units.latestDisplayName(c).isEmpty()).toList();
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    public static class UserNotFoundException extends RuntimeException {
        public UserNotFoundException(long id) {
            super("no user " + id);
        }
    }
}
