package vn.chungsuc.territory.domain;

import java.util.regex.Pattern;
import vn.chungsuc.territory.UnitLevel;

/**
 * The shape of a unit code at each level. Official codes follow the GSO catalogue (Quyết định 124/2004/QĐ-TTg on
 * the codes of administrative units, and its successors): province 2 digits, district 3, commune 5. A commune whose
 * official code is not known yet takes a local code made of its province's code and capital letters ({@code 38-BS}),
 * which cannot clash with an official one. A residential area has no official code: it takes the code of the
 * commune it was recorded in and a sequence number ({@code 14812-01}), and keeps it when it moves.
 */
final class UnitCodes {

    private static final String COMMUNE = "(\\d{5}|\\d{2}-[A-Z]{2,8})";
    private static final Pattern[] PATTERNS = {
        Pattern.compile("[A-Z]{2}"),
        Pattern.compile("\\d{2}"),
        Pattern.compile("\\d{3}"),
        Pattern.compile(COMMUNE),
        Pattern.compile(COMMUNE + "-\\d{2,3}"),
    };
    private static final Pattern[] OFFICIAL = {
        Pattern.compile("[A-Z]{2}"),
        Pattern.compile("\\d{2}"),
        Pattern.compile("\\d{3}"),
        Pattern.compile("\\d{5}"),
        Pattern.compile("(?!)"),
    };

    private UnitCodes() {
    }

    static boolean fits(UnitLevel level, String code) {
        return code != null && PATTERNS[level.depth()].matcher(code).matches();
    }

    /** Whether the code has the shape of a GSO code at that level (what an import file may hold). */
    static boolean official(UnitLevel level, String code) {
        return code != null && OFFICIAL[level.depth()].matcher(code).matches();
    }

    /** Codes are upper case without spaces; users may type them otherwise. */
    static String normalise(String code) {
        return code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
