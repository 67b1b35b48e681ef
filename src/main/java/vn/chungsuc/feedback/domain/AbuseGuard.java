package vn.chungsuc.feedback.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.time.Today;

/**
 * What keeps floods off the anonymous form, with nothing sent to a third party: a proof of work the browser
 * computes offline (find a nonce so that SHA-256 of "challenge:nonce" starts with {@code difficulty} zero bits; a
 * challenge is signed by the server, lasts an hour and is spent once), and sliding-window limits per client address
 * and per phone number. The windows, the spent challenges and the signing secret live in PostgreSQL
 * ({@link RateWindows}), so that several instances behind a balancer share them: a challenge one issued is solved on
 * another once, and the N+1th report of a phone is refused whichever instance takes it.
 */
@Component
public class AbuseGuard {

    private static final Duration CHALLENGE_LIFE = Duration.ofHours(1);
    static final String PREFIX = "portal:";

    private final RateWindows windows;
    private final int difficulty;
    private final int perClientPerHour;
    private final int perPhonePerDay;
    private final Today today;

    AbuseGuard(RateWindows windows, Today today, @Value("${chungsuc.feedback.pow-bits:16}") int difficulty,
            @Value("${chungsuc.feedback.per-client-per-hour:10}") int perClientPerHour,
            @Value("${chungsuc.feedback.per-phone-per-day:3}") int perPhonePerDay) {
        this.windows = windows;
        this.today = today;
        this.difficulty = difficulty;
        this.perClientPerHour = perClientPerHour;
        this.perPhonePerDay = perPhonePerDay;
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
        if (!leadingZeroBits(sha256(challenge + ":" + nonce), difficulty)) {
            return false;
        }
        return windows.once(PREFIX + "spent:" + parts[2], issued.plus(CHALLENGE_LIFE).plusSeconds(60));
    }

    /** Counts an attempt from the client; false when it went over the hourly limit. */
    public boolean clientAllowed(String client) {
        return windows.take(PREFIX + "client:" + hash(client), Duration.ofHours(1), perClientPerHour);
    }

    /** Counts a report with the phone; false when it went over the daily limit. */
    public boolean phoneAllowed(String phone) {
        return phone == null || windows.take(PREFIX + "phone:" + hash(phone), Duration.ofDays(1), perPhonePerDay);
    }

    /** Forgets every window of the portal (tests). */
    public void reset() {
        windows.reset(PREFIX);
    }

    /** A keyed hash of an address or phone, so neither is kept in clear. */
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
            mac.init(new SecretKeySpec(windows.secret(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
