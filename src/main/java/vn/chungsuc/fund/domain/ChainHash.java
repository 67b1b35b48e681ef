package vn.chungsuc.fund.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of a ledger entry: SHA-256 over its fields, each written as its length, a colon and its UTF-8 text (so no
 * separator inside a memo can make two entries hash alike), ending with the previous entry's hash. The first entry of
 * a fund chains to {@link #GENESIS}. The time is taken to the microsecond, as PostgreSQL keeps it.
 */
public final class ChainHash {

    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    public static String of(long fundId, long seq, LocalDate date, String debit, String credit, long amount,
            String kind, String ref, String memo, Long reverses, Instant recordedAt, String recordedBy,
            String prevHash) {
        StringBuilder s = new StringBuilder(256);
        field(s, Long.toString(fundId));
        field(s, Long.toString(seq));
        field(s, date.toString());
        field(s, debit);
        field(s, credit);
        field(s, Long.toString(amount));
        field(s, kind);
        field(s, ref == null ? "" : ref);
        field(s, memo == null ? "" : memo);
        field(s, reverses == null ? "" : reverses.toString());
        field(s, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, recordedAt)));
        field(s, recordedBy);
        field(s, prevHash);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void field(StringBuilder s, String value) {
        s.append(value.length()).append(':').append(value).append(';');
    }
}
