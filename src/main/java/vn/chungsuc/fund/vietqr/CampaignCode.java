package vn.chungsuc.fund.vietqr;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.chungsuc.shared.problem.Refused;

/**
 * A campaign's short memo code: {@value #PREFIX}, 4 to 6 characters and a check character, e.g. {@code VNN25A7K}.
 * The body and the check are drawn from 31 characters that cannot be mistaken for one another (digits 2–9 and the
 * letters without I, L and O: 0/O and 1/I/L never both occur), and the check makes the weighted sum
 * Σ (position · value) of the whole code, prefix included, divisible by 31. As 31 is prime and the weights are
 * distinct and below 31, every single wrong character and every swap of two neighbours is caught (a test tries them
 * all on 2,000 codes), so a typo never lands in another campaign. (ISO 7064 MOD 37,36 was tried first: it lets some
 * neighbour swaps through, e.g. VNNXIH1G1 / VNNXHI1G1.) A donor types the code into the transfer's memo in any case,
 * with spaces or dashes; {@link #find} picks it out of the bank's description, however the bank wrapped it
 * ("MBVCB.1234.VNN25A7K.CT tu …"), with the donor's own reference that follows it.
 *
 * @param value the canonical code, upper case, no separators
 */
public record CampaignCode(String value) {

    public static final String PREFIX = "VNN";
    public static final int MIN_BODY = 4;
    public static final int MAX_BODY = 6;
    /** The 31 characters of a code's body and check, in the order of their values 0–30. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int M = 31;
    private static final Pattern BODY = Pattern.compile("[2-9A-HJKMNP-Z]{4,6}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Where a donor's reference ends: the bank's own continuation (". CT tu …", "; ", " toi "). */
    private static final Pattern REFERENCE_END = Pattern.compile("[.;|()\\[\\]]|\\bCT TU\\b|\\bTOI\\b|\\bFT\\d");
    /** The longest donor reference kept (what is left of the 25-character memo after the code and a space). */
    public static final int MAX_REFERENCE = 16;

    public CampaignCode {
        if (!valid(value)) {
            throw new IllegalArgumentException("not a campaign code: " + value);
        }
    }

    /** The code of a body of 4–6 letters or digits (case ignored), its check character appended. */
    public static CampaignCode of(String body) {
        String b = body == null ? "" : body.trim().toUpperCase(Locale.ROOT);
        if (!BODY.matcher(b).matches()) {
            throw new Refused("code", "fundbank.memo.body.invalid");
        }
        String head = PREFIX + b;
        return new CampaignCode(head + check(head));
    }

    /**
     * The code for a number (a campaign's id or sequence): its digits in base 31 over {@link #ALPHABET}, padded to
     * four with the zero digit; different numbers give different codes.
     */
    public static CampaignCode forNumber(long n) {
        if (n < 0 || n > 887_503_680L) { // 31^6 - 1
            throw new IllegalArgumentException("number out of range: " + n);
        }
        StringBuilder body = new StringBuilder();
        long rest = n;
        do {
            body.insert(0, ALPHABET.charAt((int) (rest % M)));
            rest /= M;
        } while (rest > 0);
        while (body.length() < MIN_BODY) {
            body.insert(0, ALPHABET.charAt(0));
        }
        return of(body.toString());
    }

    /** Whether the text (after upper-casing and dropping spaces and dashes) is a code with a right check. */
    public static boolean valid(String text) {
        if (text == null) {
            return false;
        }
        String t = text.toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        int body = t.length() - PREFIX.length() - 1;
        return t.startsWith(PREFIX) && body >= MIN_BODY && body <= MAX_BODY
                && BODY.matcher(t.substring(PREFIX.length(), t.length() - 1)).matches()
                && ALPHABET.indexOf(t.charAt(t.length() - 1)) >= 0 && remainder(t) == 0;
    }

    /** The canonical form of a typed code, if it is one. */
    public static Optional<CampaignCode> parse(String text) {
        if (!valid(text)) {
            return Optional.empty();
        }
        return Optional.of(new CampaignCode(text.toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "")));
    }

    /** The character that makes the weighted sum of the whole code divisible by 31. */
    static char check(String head) {
        int weight = head.length() + 1;
        int need = (M - remainder(head)) % M;
        // weight * c = need (mod 31): multiply by the inverse of the weight (31 is prime: weight^29)
        int inverse = 1;
        for (int i = 0; i < M - 2; i++) {
            inverse = inverse * weight % M;
        }
        return ALPHABET.charAt(need * inverse % M);
    }

    /** Σ (position · value) mod 31, positions from 1; -1 when a character is not of the alphabet. */
    private static int remainder(String all) {
        int sum = 0;
        for (int i = 0; i < all.length(); i++) {
            int v = ALPHABET.indexOf(all.charAt(i));
            if (v < 0) {
                return -1;
            }
            sum = (sum + (i + 1) * v) % M;
        }
        return sum;
    }

    /** The memo a QR carries: the code, then the donor's reference (folded, cut to fit 25 characters). */
    public String memo(String donorReference) {
        if (donorReference == null || donorReference.isBlank()) {
            return value;
        }
        String ref = VietQr.foldMemo(donorReference).replaceAll("[^A-Za-z0-9 ]", "");
        int room = VietQr.MAX_MEMO - value.length() - 1;
        if (ref.length() > room) {
            int space = ref.lastIndexOf(' ', room);
            ref = (space > 0 ? ref.substring(0, space) : ref.substring(0, room)).trim();
        }
        return ref.isEmpty() ? value : value + " " + ref;
    }

    @Override
    public String toString() {
        return value;
    }

    /**
     * A code found in a statement line's description.
     *
     * @param code the campaign code
     * @param donorReference what the donor typed after it (folded, upper case), null when nothing
     */
    public record Found(CampaignCode code, String donorReference) {
    }

    /**
     * The campaign codes in a free text, in order of appearance, each once. The text is folded (diacritics away,
     * upper case) and read as letters and digits only, so "vnn 25a7-k" and "VNN25A7K" are the same; of the lengths a
     * code may have at one place, one that ends where the text breaks (a space, a dot, the end) is preferred, and only
     * a code whose check is right counts.
     */
    public static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String folded = fold(text);
        int n = folded.length();
        // the letters and digits, and for each where it stands in the folded text
        StringBuilder compact = new StringBuilder(n);
        int[] at = new int[n];
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                at[compact.length()] = i;
                compact.append(c);
            }
        }
        String cs = compact.toString();
        int from = 0;
        while (true) {
            int i = cs.indexOf(PREFIX, from);
            if (i < 0) {
                break;
            }
            int best = -1;
            boolean bestAtBreak = false;
            for (int body = MIN_BODY; body <= MAX_BODY; body++) {
                int end = i + PREFIX.length() + body + 1;
                if (end > cs.length()) {
                    break;
                }
                if (remainder(cs.substring(i, end)) != 0) {
                    continue;
                }
                int lastChar = at[end - 1];
                boolean atBreak = lastChar + 1 >= n || !Character.isLetterOrDigit(folded.charAt(lastChar + 1));
                if (best < 0 || atBreak && !bestAtBreak) {
                    best = end;
                    bestAtBreak = atBreak;
                }
            }
            if (best < 0) {
                from = i + 1;
                continue;
            }
            CampaignCode code = new CampaignCode(cs.substring(i, best));
            if (out.stream().noneMatch(f -> f.code().equals(code))) {
                out.add(new Found(code, reference(folded.substring(at[best - 1] + 1))));
            }
            from = best;
        }
        return out;
    }

    private static String reference(String after) {
        String rest = after.replaceFirst("^[\\s\\-_:,]+", "");
        var m = REFERENCE_END.matcher(rest);
        if (m.find()) {
            rest = rest.substring(0, m.start());
        }
        rest = rest.replaceAll("[^A-Z0-9 ]", " ").replaceAll("\\s+", " ").trim();
        if (rest.length() > MAX_REFERENCE) {
            // cut at the last word that fits (one long word is cut where it must)
            int space = rest.lastIndexOf(' ', MAX_REFERENCE);
            rest = (space > 0 ? rest.substring(0, space) : rest.substring(0, MAX_REFERENCE)).trim();
        }
        return rest.isEmpty() ? null : rest;
    }

    static String fold(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        if (ascii) {
            return text.toUpperCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D')
                .toUpperCase(Locale.ROOT);
    }
}
