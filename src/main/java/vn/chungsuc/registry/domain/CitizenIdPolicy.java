package vn.chungsuc.registry.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The structure of the 12-digit personal identification number printed on the citizen identity card (CCCD):
 * three digits for the province where the birth was registered, one digit for century and sex, two for the year of
 * birth, six random digits (Nghị định 137/2015/NĐ-CP, Điều 7; codes in Thông tư 07/2016/TT-BCA, Điều 7 and its
 * appendix). The check digits are random, so no checksum exists: the structure is all that can be verified.
 */
public final class CitizenIdPolicy {

    /**
     * Province codes of Thông tư 07/2016/TT-BCA, Phụ lục (the 63 provinces of 2016, i.e. their GSO codes with a
     * leading zero). The 2025 merger of provinces does not change numbers already issued.
     */
    static final Set<String> PROVINCE_CODES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014",
            "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036",
            "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
            "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084",
            "086", "087", "089", "091", "092", "093", "094", "095", "096");

    private CitizenIdPolicy() {
    }

    /** Exactly 12 ASCII digits (what {@code matches("[0-9]{12}")} said, without compiling a pattern per row). */
    public static boolean twelveDigits(String s) {
        return digits(s, 12);
    }

    /** Exactly {@code n} ASCII digits. */
    public static boolean digits(String s, int n) {
        if (s == null || s.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The problems of a number for a person of that sex born on that date; empty when it is well formed. */
    public static List<Problem> check(String citizenId, Sex sex, LocalDate birthDate) {
        List<Problem> problems = new ArrayList<>();
        if (citizenId == null || !twelveDigits(citizenId)) {
            problems.add(Problem.of("registry.cccd.format"));
            return problems;
        }
        String province = citizenId.substring(0, 3);
        if (!PROVINCE_CODES.contains(province)) {
            problems.add(Problem.of("registry.cccd.province", province));
        }
        int code = citizenId.charAt(3) - '0';
        // Thông tư 07/2016/TT-BCA, Điều 7, khoản 2: century 20 (1900–1999) male 0 / female 1, century 21 male 2 /
        // female 3, century 22 male 4 / female 5, century 23 male 6 / female 7, century 24 male 8 / female 9.
        Sex coded = code % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        int centuryStart = 1900 + (code / 2) * 100;
        if (sex != null && coded != sex) {
            problems.add(Problem.of(coded == Sex.MALE ? "registry.cccd.sexMale" : "registry.cccd.sexFemale",
                    String.valueOf(code)));
        }
        if (birthDate != null) {
            int year = birthDate.getYear();
            if (year < centuryStart || year > centuryStart + 99) {
                problems.add(Problem.of("registry.cccd.century", String.valueOf(code), String.valueOf(centuryStart),
                        String.valueOf(centuryStart + 99), String.valueOf(year)));
            }
            int yy = year % 100;
            if (citizenId.charAt(4) - '0' != yy / 10 || citizenId.charAt(5) - '0' != yy % 10) {
                problems.add(Problem.of("registry.cccd.year", citizenId.substring(4, 6), String.valueOf(year)));
            }
        }
        return problems;
    }

    /** The fourth digit for a person of that sex born in that year (for generated demo data and templates). */
    public static int centuryDigit(Sex sex, int year) {
        return ((year - 1900) / 100) * 2 + (sex == Sex.FEMALE ? 1 : 0);
    }

    /** A number with the structure above: province code, century-sex digit, year, and the six digits given. */
    public static String compose(String provinceCode, Sex sex, int birthYear, int serial) {
        return provinceCode + centuryDigit(sex, birthYear) + String.format("%02d%06d", birthYear % 100, serial);
    }
}
