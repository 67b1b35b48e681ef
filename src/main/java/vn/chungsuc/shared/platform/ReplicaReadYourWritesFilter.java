package vn.chungsuc.shared.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Read-your-own-write with a read replica: a request that may write (any method but GET, HEAD, OPTIONS, TRACE) gets a
 * short-lived cookie, and while it lasts ({@code chungsuc.datasource.replica.read-your-writes}) that browser's reads
 * go to the primary, so the page after a save shows the save even if the replica has not replayed it yet. The cookie
 * holds only an end time; a forged one only sends reads to the primary. A cookie, not the session, so it works the
 * same on any instance behind a balancer.
 */
class ReplicaReadYourWritesFilter extends OncePerRequestFilter {

    static final String COOKIE = "CS_PRIMARY";

    private final Duration window;
    private final Clock clock;

    ReplicaReadYourWritesFilter(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = clock.millis();
        boolean pinned;
        if (mayWrite(request.getMethod())) {
            pinned = true;
            if (!window.isZero()) {
                Cookie c = new Cookie(COOKIE, Long.toString(now + window.toMillis()));
                c.setPath("/");
                c.setHttpOnly(true);
                c.setMaxAge((int) Math.min(Integer.MAX_VALUE, Math.max(1, window.toSeconds())));
                c.setSecure(request.isSecure());
                c.setAttribute("SameSite", "Lax");
                response.addCookie(c);
            }
        } else {
            long until = until(request);
            pinned = until > now && until <= now + window.toMillis(); // a cookie from the future is ignored
        }
        if (!pinned) {
            chain.doFilter(request, response);
            return;
        }
        try {
            ReplicaRouting.primaryOnly(() -> {
                try {
                    chain.doFilter(request, response);
                    return null;
                } catch (IOException | ServletException e) {
                    throw new Wrapped(e);
                }
            });
        } catch (Wrapped w) {
            if (w.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) w.getCause();
        }
    }

    static boolean mayWrite(String method) {
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method));
    }

    private static long until(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return 0;
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName()) && c.getValue() != null && c.getValue().matches("\\d{1,15}")) {
                return Long.parseLong(c.getValue());
            }
        }
        return 0;
    }

    private static final class Wrapped extends RuntimeException {
        Wrapped(Exception cause) {
            super(cause);
        }
    }
}
