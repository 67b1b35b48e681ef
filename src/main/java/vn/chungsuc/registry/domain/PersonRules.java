package vn.chungsuc.registry.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The small rules for what is typed about a person or a household: names, phone numbers, household codes, dates.
 * Each returns the cleaned value or says what is wrong.
 */
public final class PersonRules {

    /** Letters (any script), spaces, apostrophes, hyphens and dots: "Nguyễn Văn A", "H'Hen Niê", "Lò Thị Ka-Rin". */
    private static final Pattern NAME = Pattern.compile("^[\\p{L}\\p{M}][\\p{L}\\p{M} .'\\-]*$");
    /** Mobile (10 digits: 03, 05, 07, 08, 09) and landline (11 digits: 02x) numbers since the 2018 renumbering. */
    private static final Pattern PHONE = Pattern.compile("^0[1-9][0-9]{8,9}$");
    private static final Pattern HOUSEHOLD_CODE = Pattern.compile("^[A-Z0-9][A-Z0-9._/-]{0,39}$");
    // Compiled once: an import cleans every row's name, address, phone and CCCD (String.replaceAll compiles anew).
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}\\p{Cf}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern CCCD_SEPARATORS = Pattern.compile("[\\s.]");
    public static final int MAX_NAME = 100;
    /**
     * The lengths of what is typed in the register, in one place (issue 18, hole 13): an address 500, the name of an
     * organisation, place or street 200, a description 4,000; matched by the tables' CHECKs (V12_2).
     */
    public static final int MAX_ADDRESS = 500;
    public static final int MAX_ITEM_NAME = 200;
    public static final int MAX_DESCRIPTION = 4_000;
    /** An organisation is founded at the earliest on 2/9/1945 (the state the register's units belong to). */
    public static final LocalDate EARLIEST_FOUNDING = LocalDate.of(1945, 9, 2);
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private PersonRules() {
    }

    /**
     * A free text (address, description): at most {@code max} characters and no control character other than line
     * breaks and tabs, nor a character that turns the text's direction (U+202A–U+202E, U+2066–U+2069), which would
     * make a list show a name other than the one stored.
     */
    public static Optional<Problem> checkText(String text, int max) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > max) {
            return Optional.of(Problem.of("registry.text.size", max));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t')
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return Optional.of(Problem.of("registry.text.characters"));
            }
        }
        return Optional.empty();
    }

    /** What a user typed, cut short and without control characters, to be shown back in a message. */
    public static String shorten(String typed) {
        String s = typed == null ? "" : CONTROLS.matcher(typed.strip()).replaceAll("");
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** NFC, single spaces, trimmed. */
    public static String cleanName(String raw) {
        if (raw == null) {
            return "";
        }
        return SPACES.matcher(Normalizer.normalize(raw, Normalizer.Form.NFC).trim()).replaceAll(" ");
    }

    public static Optional<Problem> checkName(String cleaned) {
        if (cleaned.isEmpty()) {
            return Optional.of(Problem.of("registry.person.name.required"));
        }
        if (cleaned.length() > MAX_NAME) {
            return Optional.of(Problem.of("registry.person.name.size", MAX_NAME));
        }
        if (!NAME.matcher(cleaned).matches()) {
            return Optional.of(Problem.of("registry.person.name.letters"));
        }
        return Optional.empty();
    }

    /** Digits only with a leading 0 ("+84 912 345 678" becomes "0912345678"); null for blank. */
    public static String cleanPhone(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String digits = PHONE_SEPARATORS.matcher(raw.trim()).replaceAll("");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return digits;
    }

    public static Optional<Problem> checkPhone(String cleaned) {
        if (cleaned == null || PHONE.matcher(cleaned).matches()) {
            return Optional.empty();
        }
        return Optional.of(Problem.of("registry.person.phone.pattern"));
    }

    /** Upper case, trimmed. */
    public static String cleanHouseholdCode(String raw) {
        return raw == null ? "" : raw.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public static Optional<Problem> checkHouseholdCode(String cleaned) {
        if (cleaned.isEmpty()) {
            return Optional.of(Problem.of("registry.household.code.required"));
        }
        if (!HOUSEHOLD_CODE.matcher(cleaned).matches()) {
            return Optional.of(Problem.of("registry.household.code.pattern"));
        }
        return Optional.empty();
    }

    /** Not before 1900, not after today. */
    public static Optional<Problem> checkBirthDate(LocalDate birth, LocalDate today) {
        if (birth == null) {
            return Optional.of(Problem.of("registry.person.birthDate.required"));
        }
        if (birth.isAfter(today)) {
            return Optional.of(Problem.of("registry.person.birthDate.future"));
        }
        if (birth.isBefore(EARLIEST_BIRTH)) {
            return Optional.of(Problem.of("registry.person.birthDate.tooEarly"));
        }
        return Optional.empty();
    }

    /** The CCCD with spaces removed; null for blank. */
    public static String cleanCitizenId(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return CCCD_SEPARATORS.matcher(raw).replaceAll("");
    }
}
