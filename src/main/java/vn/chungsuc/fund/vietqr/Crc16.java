package vn.chungsuc.fund.vietqr;

import java.nio.charset.StandardCharsets;

/**
 * CRC-16/CCITT-FALSE as EMVCo QR (and so NAPAS VietQR) requires in tag 63: polynomial 0x1021, initial value 0xFFFF,
 * no reflection, no final XOR, over the bytes of the payload up to and including "6304". The check value of
 * "123456789" is 0x29B1.
 */
public final class Crc16 {

    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            TABLE[i] = crc & 0xFFFF;
        }
    }

    private Crc16() {
    }

    public static int of(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            crc = ((crc << 8) ^ TABLE[((crc >>> 8) ^ b) & 0xFF]) & 0xFFFF;
        }
        return crc;
    }

    /** The CRC as tag 63 carries it: four upper-case hex digits. */
    public static String hex(String text) {
        return String.format("%04X", of(text));
    }
}
