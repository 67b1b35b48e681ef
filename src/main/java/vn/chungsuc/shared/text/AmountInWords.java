package vn.chungsuc.shared.text;

/**
 * Writes an amount of đồng in Vietnamese words, as receipts and payment vouchers print it ("Bằng chữ: …").
 *
 * <p>Reading rules of written Vietnamese numerals: groups of three digits named nghìn, triệu, tỷ (and nghìn tỷ,
 * triệu tỷ above); "linh" for a zero tens digit before a non-zero unit; "mốt" for 1 and "tư" for 4 after a tens
 * digit of two or more; "lăm" for 5 after any tens digit; a zero hundreds digit inside the number is read
 * "không trăm". Vouchers follow the accounting regime's form (circular 200/2014/TT-BTC, mẫu 01-TT) which asks for
 * the amount in words; the rules themselves are the language's.
 */
public final class AmountInWords {

    private static final String[] DIGITS = {
        "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"
    };
    private static final String[] GROUPS = {"", "nghìn", "triệu"};
    private static final long BILLION = 1_000_000_000L;

    private AmountInWords() {
    }

    /** "Một triệu không trăm linh năm nghìn đồng" for 1,005,000. Negative amounts are refused. */
    public static String dong(long amount) {
        return capitalise(words(amount)) + " đồng";
    }

    /** The number alone, in lower case, without the currency. */
    public static String words(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("Số tiền không được âm: " + amount);
        }
        if (amount == 0) {
            return "không";
        }
        return read(amount, false).trim();
    }

    /** Reads {@code n}; {@code full} means digits stand before it, so its leading group reads its zeros. */
    private static String read(long n, boolean full) {
        if (n >= BILLION) {
            long high = n / BILLION;
            long low = n % BILLION;
            String head = read(high, full) + " tỷ";
            return low == 0 ? head : head + " " + read(low, true);
        }
        int[] groups = {(int) (n / 1_000_000), (int) (n / 1000 % 1000), (int) (n % 1000)};
        StringBuilder out = new StringBuilder();
        boolean started = full;
        for (int i = 0; i < groups.length; i++) {
            int g = groups[i];
            if (g == 0) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(readGroup(g, started || out.length() > 0));
            String unit = GROUPS[groups.length - 1 - i];
            if (!unit.isEmpty()) {
                out.append(' ').append(unit);
            }
            started = true;
        }
        return out.toString();
    }

    /** One group of three digits; {@code full} reads a zero hundreds digit ("không trăm") and "linh". */
    private static String readGroup(int g, boolean full) {
        int hundreds = g / 100;
        int tens = g / 10 % 10;
        int units = g % 10;
        StringBuilder out = new StringBuilder();
        boolean readHundreds = full || hundreds > 0;
        if (readHundreds) {
            out.append(DIGITS[hundreds]).append(" trăm");
        }
        if (tens == 0) {
            if (units > 0) {
                if (readHundreds) {
                    out.append(" linh");
                }
                out.append(' ').append(DIGITS[units]);
            }
        } else if (tens == 1) {
            out.append(" mười");
            if (units == 5) {
                out.append(" lăm");
            } else if (units > 0) {
                out.append(' ').append(DIGITS[units]);
            }
        } else {
            out.append(' ').append(DIGITS[tens]).append(" mươi");
            switch (units) {
                case 0 -> { }
                case 1 -> out.append(" mốt");
                case 4 -> out.append(" tư");
                case 5 -> out.append(" lăm");
                default -> out.append(' ').append(DIGITS[units]);
            }
        }
        return out.toString().trim();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
