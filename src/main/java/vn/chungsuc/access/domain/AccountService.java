package vn.chungsuc.access.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.Set;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.permission.BodyDirectory;
import vn.chungsuc.shared.permission.BodyRef;
import vn.chungsuc.shared.permission.Function;
import vn.chungsuc.shared.scope.CurrentUnitScope;
import vn.chungsuc.shared.scope.UnitScope;

/**
 * Loads users for login, counts failed attempts and locks an account for a while after too many, and tells other
 * modules the current user's unit scope.
 */
@Service
public class AccountService implements UserDetailsService, CurrentUnitScope {

    private final UserStore users;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration lockFor;
    private final BodyDirectory bodies;
    private final AuditLog audit;
    private final Duration apiSignInWindow;
    private final int accountLockAttempts;
    private final LoginThrottle throttle;
    private final java.util.concurrent.ConcurrentHashMap<String, Instant> lastApiCall =
            new java.util.concurrent.ConcurrentHashMap<>();

    AccountService(UserStore users, Clock clock, BodyDirectory bodies, AuditLog audit,
            @Value("${chungsuc.login.max-attempts:5}") int maxAttempts,
            @Value("${chungsuc.login.lock-minutes:15}") int lockMinutes,
            @Value("${chungsuc.login.api-sign-in-minutes:30}") int apiSignInMinutes,
            @Value("${chungsuc.login.max-attempts-per-address:20}") int maxPerAddress,
            @Value("${chungsuc.login.account-lock-attempts:50}") int accountLockAttempts) {
        this.users = users;
        this.clock = clock;
        this.bodies = bodies;
        this.audit = audit;
        this.maxAttempts = maxAttempts;
        this.lockFor = Duration.ofMinutes(lockMinutes);
        this.apiSignInWindow = Duration.ofMinutes(apiSignInMinutes);
        this.accountLockAttempts = Math.max(maxAttempts, accountLockAttempts);
        this.throttle = new LoginThrottle(clock, maxAttempts, maxPerAddress, lockFor);
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : shorten(username.trim());
        if (throttle.blocked(name, clientAddress())) {
            // The same answer whether the name exists or not.
            throw new org.springframework.security.authentication.LockedException("too many attempts");
        }
        UserAccount u = users.findByUsername(name).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        // The body's functions hold even after the body ended (the town's departments on 30/6/2025): its officer
        // still works on the years before, until an administrator ties him to another body.
        Set<Function> bodyFunctions = u.bodyCode() == null ? Set.of() : bodies.body(u.bodyCode())
                .map(BodyRef::functions).orElse(Set.of());
        return SignedInUser.of(u, u.lockedAt(Instant.now(clock)), bodyFunctions);
    }

    // Spring Security's authentication events, not module events: published by the login filter outside any
    // transaction, and the count must be written before the next attempt is judged, so these stay synchronous
    // listeners (an asynchronous one would let a fast guesser past the lock-out).
    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        Object name = event.getAuthentication().getPrincipal();
        if (name != null) {
            String username = shorten(name.toString().trim());
            throttle.failure(username, clientAddress());
            users.recordFailure(username, accountLockAttempts, Instant.now(clock), Instant.now(clock).plus(lockFor));
            audit.recordAs(username, "LOGIN_FAILED", "access.session", username, "Đăng nhập không thành công",
                    null, null);
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        throttle.success(username, clientAddress());
        users.recordSuccess(username);
        if (basicCredentials() && firstApiSignInFor(username)) {
            audit.recordAs(username, "LOGIN_API", "access.session", username, "Đăng nhập qua API (HTTP Basic)",
                    null, null);
        }
    }

    /**
     * An API client sends its HTTP Basic credentials with every call: the first call of a user is audited as a
     * sign-in, then none until he has made no call for the window (the idle time of a session), so the log records
     * when a client signed in without one entry per request. Kept per instance, in memory: after a restart the next
     * call is recorded again, which errs on the side of the log.
     */
    private boolean firstApiSignInFor(String username) {
        Instant now = Instant.now(clock);
        boolean[] first = {false};
        lastApiCall.compute(username, (name, last) -> {
            first[0] = last == null || !now.isBefore(last.plus(apiSignInWindow)) || now.isBefore(last);
            return now;
        });
        if (lastApiCall.size() > 10_000) {
            lastApiCall.entrySet().removeIf(e -> !now.isBefore(e.getValue().plus(apiSignInWindow)));
        }
        return first[0];
    }

    /** The address the request came from (the connection's; no forwarded header is trusted). */
    private static String clientAddress() {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes) {
            String address = attributes.getRequest().getRemoteAddr();
            return address == null ? "" : address;
        }
        return "";
    }

    private static boolean basicCredentials() {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes) {
            String header = attributes.getRequest().getHeader("Authorization");
            return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
        }
        return false;
    }

    /** A sign-in on the login page (an API client's HTTP Basic sign-in is recorded by {@link #onSuccess}). */
    @EventListener
    @Transactional
    public void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.recordAs(username, "LOGIN", "access.session", username, "Đăng nhập", null, null);
    }

    @EventListener
    @Transactional
    public void onSignOut(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.recordAs(username, "LOGOUT", "access.session", username, "Đăng xuất", null, null);
    }

    private static String shorten(String typed) {
        return typed.length() > 100 ? typed.substring(0, 100) : typed;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration lockDuration() {
        return lockFor;
    }

    @Override
    public UnitScope current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            return user.scope();
        }
        return UnitScope.NONE;
    }
}
