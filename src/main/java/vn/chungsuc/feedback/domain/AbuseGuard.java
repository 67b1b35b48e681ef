package vn.chungsuc.feedback.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.time.Today;

/**
 * What keeps floods off the anonymous form, with nothing sent to a third party: a proof of work the browser
 * computes offline (find a nonce so that SHA-256 of "challenge:nonce" starts with {@code difficulty} zero bits; a
 * challenge is signed by the server, lasts an hour and is spent once), and sliding-window limits per client address
 * and per phone number. The windows live in this instance's memory (bounded): behind several instances each keeps
 * its own, which a balancer with client affinity makes exact.
 */
@Component
public class AbuseGuard {

    private static final int MAX_KEYS = 100_000;
    private static final Duration CHALLENGE_LIFE = Duration.ofHours(1);

    private final byte[] secret = new byte[32];
    private final int difficulty;
    private final int perClientPerHour;
    private final int perPhonePerDay;
    private final Today today;
    private final Map<String, Deque<Instant>> clients = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> phones = new ConcurrentHashMap<>();
    private final Map<String, Instant> spent = new ConcurrentHashMap<>();

    AbuseGuard(Today today, @Value("${chungsuc.feedback.pow-bits:16}") int difficulty,
            @Value("${chungsuc.feedback.per-client-per-hour:10}") int perClientPerHour,
            @Value("${chungsuc.feedback.per-phone-per-day:3}") int perPhonePerDay) {
        this.today = today;
        this.difficulty = difficulty;
        this.perClientPerHour = perClientPerHour;
        this.perPhonePerDay = perPhonePerDay;
        new SecureRandom().nextBytes(secret);
    }

    public int difficulty() {
        return difficulty;
    }

    /** A new challenge: the time it was issued, a random salt and the server's signature of both. */
    public String challenge() {
        byte[] salt = new byte[9];
        new SecureRandom().nextBytes(salt);
        String body = today.now().getEpochSecond() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(salt);
        return body + "." + sign(body);
    }

    /** Whether the nonce solves the challenge, which the server issued within the hour and nobody spent yet. */
    public boolean solved(String challenge, String nonce) {
        if (challenge == null || nonce == null || challenge.length() > 200 || nonce.length() > 40) {
            return false;
        }
        String[] parts = challenge.split("\\.");
        if (parts.length != 3 || !MessageDigest.isEqual(sign(parts[0] + "." + parts[1]).getBytes(
                StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        Instant issued;
        try {
            issued = Instant.ofEpochSecond(Long.parseLong(parts[0]));
        } catch (NumberFormatException e) {
            return false;
        }
        Instant now = today.now();
        if (issued.isAfter(now.plusSeconds(60)) || issued.plus(CHALLENGE_LIFE).isBefore(now)) {
            return false;
        }
        if (!leadingZeroBits(sha256(challenge + ":" + nonce), difficulty) || spent.containsKey(challenge)) {
            return false;
        }
        spent.entrySet().removeIf(e -> e.getValue().plus(CHALLENGE_LIFE).isBefore(now));
        return spent.putIfAbsent(challenge, now) == null;
    }

    /** Counts an attempt from the client; false when it went over the hourly limit. */
    public boolean clientAllowed(String client) {
        return allow(clients, client, Duration.ofHours(1), perClientPerHour);
    }

    /** Counts a report with the phone; false when it went over the daily limit. */
    public boolean phoneAllowed(String phone) {
        return phone == null || allow(phones, phone, Duration.ofDays(1), perPhonePerDay);
    }

    /** Forgets every window (tests). */
    public void reset() {
        clients.clear();
        phones.clear();
    }

    private boolean allow(Map<String, Deque<Instant>> windows, String key, Duration span, int limit) {
        Instant now = Instant.now();
        if (windows.size() > MAX_KEYS) {
            windows.entrySet().removeIf(e -> e.getValue().isEmpty()
                    || e.getValue().peekLast().plus(span).isBefore(now));
        }
        Deque<Instant> q = windows.computeIfAbsent(hash(key), k -> new ArrayDeque<>());
        synchronized (q) {
            while (!q.isEmpty() && q.peekFirst().plus(span).isBefore(now)) {
                q.pollFirst();
            }
            if (q.size() >= limit) {
                return false;
            }
            q.addLast(now);
            return true;
        }
    }

    /** A keyed hash of an address or phone, so neither is kept in clear in memory. */
    public String hash(String value) {
        return sign("k:" + value);
    }

    /** Solves a challenge (for tests and the demo's own clients). */
    public static String solve(String challenge, int bits) {
        for (long n = 0; ; n++) {
            if (leadingZeroBits(sha256(challenge + ":" + n), bits)) {
                return Long.toString(n);
            }
        }
    }

    static boolean leadingZeroBits(byte[] hash, int bits) {
        for (int i = 0; i < bits; i++) {
            if ((hash[i / 8] & (0x80 >>> (i % 8))) != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
