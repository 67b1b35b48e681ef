package vn.chungsuc.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.ResponseStatusException;

/**
 * The time limit of a request. A loop whose length a user's input can drive (years up to a date, rows of a page)
 * calls {@link #check()} on each turn: past the limit the request ends with 503 rather than holding a server thread
 * after the client has left. Each such loop is also capped by the bounds of its input ({@code Dates}, {@code Period});
 * the limit is the second guard. A request that overran is logged with its path and duration.
 */
public final class RequestDeadline extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestDeadline.class);
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private final long limitNanos;

    RequestDeadline(Duration limit) {
        this.limitNanos = limit.toNanos();
    }

    /** Ends the request (503) when its time is up; nothing outside a request. */
    public static void check() {
        Long deadline = DEADLINE.get();
        if (deadline != null && System.nanoTime() - deadline > 0) {
            throw new Overrun();
        }
    }

    /** Whether the current request still has time (true outside a request). */
    public static boolean inTime() {
        Long deadline = DEADLINE.get();
        return deadline == null || System.nanoTime() - deadline <= 0;
    }

    /** The request ran out of time: 503, the client may try again with a narrower question. */
    public static final class Overrun extends ResponseStatusException {
        Overrun() {
            super(HttpStatus.SERVICE_UNAVAILABLE, "request time limit");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        Long outer = DEADLINE.get();
        DEADLINE.set(start + limitNanos);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                DEADLINE.remove();
            } else {
                DEADLINE.set(outer);
            }
            long took = System.nanoTime() - start;
            if (took > limitNanos) {
                log.warn("Request over its time limit: {} {} took {} ms", request.getMethod(),
                        request.getRequestURI(), took / 1_000_000);
            }
        }
    }
}
