package vn.chungsuc.access.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins counted per name and client address, and per client address alone, in memory. After
 * {@code perName} failures of one name from one address, that address may not try that name for the lock time; after
 * {@code perAddress} failures from one address (any names, known or not), that address may not sign in at all for
 * the lock time. A name that does not exist is counted and locked like one that does, so that the answer never
 * tells which accounts exist; and a guesser at one address cannot lock the administrator out everywhere (the
 * account itself locks only after many failures from many addresses, {@link UserStore#recordFailure}). A counter
 * starts again when its lock expires.
 */
final class LoginThrottle {

    private record Count(int failures, Instant lockedUntil) {
    }

    private final Clock clock;
    private final int perName;
    private final int perAddress;
    private final Duration lockFor;
    private final ConcurrentHashMap<String, Count> counts = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, int perName, int perAddress, Duration lockFor) {
        this.clock = clock;
        this.perName = perName;
        this.perAddress = perAddress;
        this.lockFor = lockFor;
    }

    private static String pair(String name, String address) {
        return "n:" + name.toLowerCase(Locale.ROOT) + "@" + address;
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    /** Whether the name may not be tried from the address now. */
    boolean blocked(String name, String address) {
        Instant now = Instant.now(clock);
        return locked(pair(name, address), now) || locked(addressKey(address), now);
    }

    private boolean locked(String key, Instant now) {
        Count c = counts.get(key);
        return c != null && c.lockedUntil() != null && c.lockedUntil().isAfter(now);
    }

    void failure(String name, String address) {
        Instant now = Instant.now(clock);
        count(pair(name, address), perName, now);
        count(addressKey(address), perAddress, now);
        if (counts.size() > 100_000) {
            counts.entrySet().removeIf(e -> e.getValue().lockedUntil() == null
                    || !e.getValue().lockedUntil().isAfter(now));
        }
    }

    private void count(String key, int max, Instant now) {
        counts.compute(key, (k, c) -> {
            // An expired lock starts the count again.
            int failures = c == null || (c.lockedUntil() != null && !c.lockedUntil().isAfter(now)) ? 1
                    : c.failures() + 1;
            Instant until = c != null && c.lockedUntil() != null && c.lockedUntil().isAfter(now) ? c.lockedUntil()
                    : failures >= max ? now.plus(lockFor) : null;
            return new Count(failures, until);
        });
    }

    /** A successful sign-in clears the name's count at that address (not the address's own). */
    void success(String name, String address) {
        counts.remove(pair(name, address));
    }
}
