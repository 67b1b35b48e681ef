package vn.chungsuc.fund.vietqr;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.chungsuc.shared.problem.Refused;

/**
 * A VietQR payload (NAPAS QR Switching over the EMVCo merchant-presented QR format) for a transfer to a bank
 * account, written by hand: each field is an id (2 digits), a length (2 digits) and a value, the ids in ascending
 * order:
 * <pre>
 * 00 "01"                      payload format
 * 01 "11" static | "12" dynamic (dynamic when an amount is given)
 * 38 { 00 "A000000727"         NAPAS's GUID
 *      01 { 00 BIN, 01 account } the beneficiary organisation
 *      02 "QRIBFTTA" }         transfer to an account
 * 53 "704"                     currency (VND)
 * 54 amount                    whole đồng, when given
 * 58 "VN"
 * 62 { 08 purpose }            the memo, when given
 * 63 CRC                       CRC-16/CCITT-FALSE over everything through "6304" ({@link Crc16})
 * </pre>
 * Source: the NAPAS VietQR specification as several independent implementations agree on it, checked against the
 * published example in {@code shared/domain/poverty-fund-campaign.md} §4b (CRC 70FA).
 *
 * @param bin the bank's 6-digit NAPAS BIN
 * @param account the beneficiary's account number (≤ 19 letters and digits)
 * @param amount whole đồng, null for a static QR where the donor types the amount
 * @param memo the purpose (tag 62/08), ASCII, ≤ 25 characters; null for none
 */
public record VietQr(String bin, String account, Long amount, String memo) {

    public static final String GUID = "A000000727";
    public static final String SERVICE_ACCOUNT = "QRIBFTTA";
    public static final long MAX_AMOUNT = 999_999_999_999_999L;
    public static final int MAX_MEMO = 25;
    public static final int MAX_ACCOUNT = 19;

    private static final Pattern BIN = Pattern.compile("[0-9]{6}");
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9]{1,19}");
    /** The characters a memo may hold after its diacritics are folded: what every bank app lets a donor type. */
    private static final Pattern MEMO = Pattern.compile("[A-Za-z0-9 ]*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A checked payload's parts; refuses (field by field, message keys in fundbank.properties) what breaks a rule. */
    public static VietQr of(String bin, String account, Long amount, String memo) {
        List<Refused.Reason> reasons = new ArrayList<>();
        String b = bin == null ? "" : bin.trim();
        String a = account == null ? "" : account.trim();
        if (!BIN.matcher(b).matches()) {
            reasons.add(Refused.Reason.of("bankBin", "fundbank.vietqr.bin.invalid"));
        }
        if (!ACCOUNT.matcher(a).matches()) {
            reasons.add(Refused.Reason.of("account", "fundbank.vietqr.account.invalid", MAX_ACCOUNT));
        }
        if (amount != null && (amount < 1 || amount > MAX_AMOUNT)) {
            reasons.add(Refused.Reason.of("amount", "fundbank.vietqr.amount.invalid"));
        }
        String m = memo == null ? null : foldMemo(memo);
        if (m != null && !MEMO.matcher(m).matches()) {
            reasons.add(Refused.Reason.of("purpose", "fundbank.vietqr.memo.characters"));
        } else if (m != null && m.length() > MAX_MEMO) {
            reasons.add(Refused.Reason.of("purpose", "fundbank.vietqr.memo.long", MAX_MEMO, m.length()));
        }
        if (!reasons.isEmpty()) {
            throw new Refused(reasons);
        }
        return new VietQr(b, a, amount, m == null || m.isEmpty() ? null : m);
    }

    /** A memo as the payload carries it: diacritics folded to ASCII (đ to d), spaces single, trimmed. */
    public static String foldMemo(String memo) {
        String decomposed = Normalizer.normalize(memo, Normalizer.Form.NFD);
        String unmarked = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(unmarked.trim()).replaceAll(" ");
    }

    public boolean dynamic() {
        return amount != null;
    }

    /** The payload: the text the QR code holds, CRC included. */
    public String payload() {
        StringBuilder p = new StringBuilder(128);
        tlv(p, "00", "01");
        tlv(p, "01", dynamic() ? "12" : "11");
        StringBuilder beneficiary = new StringBuilder();
        tlv(beneficiary, "00", bin);
        tlv(beneficiary, "01", account);
        StringBuilder merchant = new StringBuilder();
        tlv(merchant, "00", GUID);
        tlv(merchant, "01", beneficiary.toString());
        tlv(merchant, "02", SERVICE_ACCOUNT);
        tlv(p, "38", merchant.toString());
        tlv(p, "53", "704");
        if (amount != null) {
            tlv(p, "54", Long.toString(amount));
        }
        tlv(p, "58", "VN");
        if (memo != null) {
            StringBuilder additional = new StringBuilder();
            tlv(additional, "08", memo);
            tlv(p, "62", additional.toString());
        }
        p.append("6304");
        return p.append(Crc16.hex(p.toString())).toString();
    }

    private static void tlv(StringBuilder out, String id, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("field " + id + " longer than 99 characters");
        }
        out.append(id).append(value.length() < 10 ? "0" : "").append(value.length()).append(value);
    }

    /** Whether the payload's last field is "6304" with the right CRC over all before it (exact, upper-case hex). */
    public static boolean crcValid(String payload) {
        if (payload == null || payload.length() < 8) {
            return false;
        }
        int at = payload.length() - 8;
        return payload.startsWith("6304", at)
                && Crc16.hex(payload.substring(0, at + 4)).equals(payload.substring(at + 4));
    }

    /**
     * Reads a payload back: checks its CRC, its structure, the format, the GUID, the currency and the country, and
     * gives the BIN, account, amount and memo. A payload that breaks any of these is refused on the field
     * {@code payload}.
     */
    public static VietQr decode(String payload) {
        if (!crcValid(payload)) {
            throw new Refused("payload", "fundbank.vietqr.decode.crc");
        }
        Map<String, String> top = fields(payload.substring(0, payload.length() - 8));
        String merchantInfo = top.get("38");
        if (!"01".equals(top.get("00")) || merchantInfo == null || !"704".equals(top.get("53"))
                || !"VN".equals(top.get("58"))) {
            throw new Refused("payload", "fundbank.vietqr.decode.format");
        }
        Map<String, String> merchant = fields(merchantInfo);
        String beneficiary = merchant.get("01");
        if (!GUID.equals(merchant.get("00")) || beneficiary == null) {
            throw new Refused("payload", "fundbank.vietqr.decode.format");
        }
        Map<String, String> ben = fields(beneficiary);
        String amountText = top.get("54");
        Long amount = null;
        if (amountText != null) {
            if (!amountText.matches("[0-9]{1,15}")) {
                throw new Refused("payload", "fundbank.vietqr.decode.format");
            }
            amount = Long.parseLong(amountText);
        }
        String memo = top.containsKey("62") ? fields(top.get("62")).get("08") : null;
        String kind = top.get("01");
        if (!"11".equals(kind) && !"12".equals(kind)) {
            throw new Refused("payload", "fundbank.vietqr.decode.format");
        }
        String bin = ben.get("00");
        String account = ben.get("01");
        if (bin == null || account == null) {
            throw new Refused("payload", "fundbank.vietqr.decode.format");
        }
        return new VietQr(bin, account, amount, memo);
    }

    /** The id → value fields of one level of TLV, in order; refuses a length that runs past the end. */
    static Map<String, String> fields(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        while (i < text.length()) {
            if (i + 4 > text.length()) {
                throw new Refused("payload", "fundbank.vietqr.decode.format");
            }
            String id = text.substring(i, i + 2);
            String len = text.substring(i + 2, i + 4);
            if (!id.chars().allMatch(Character::isDigit) || !len.chars().allMatch(Character::isDigit)) {
                throw new Refused("payload", "fundbank.vietqr.decode.format");
            }
            int n = Integer.parseInt(len);
            if (i + 4 + n > text.length() || out.containsKey(id)) {
                throw new Refused("payload", "fundbank.vietqr.decode.format");
            }
            out.put(id, text.substring(i + 4, i + 4 + n));
            i += 4 + n;
        }
        return out;
    }
}
