package vn.chungsuc.territory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.time.Dates;

/**
 * What may be typed about a unit and its changes, in one place (issue 18, hole 13): a name of at most 200
 * characters, a legal basis of 500, a note of 4,000, none with a control character or one that turns the text's
 * direction (U+202A–U+202E, U+2066–U+2069); a version that starts between 2/9/1945 (the units of the state whose
 * administrative map the register follows) and five years from today (a change decided ahead of time, as the
 * 2025 reorganisation was; {@code chungsuc.territory.years-ahead}, the tests record their made-up units in 2098), never at a date a typing error or "infinity" makes of it. Matched by the tables' CHECKs
 * where cheap (V3_4).
 */
final class UnitRules {

    static final int MAX_NAME = 200;
    static final int MAX_LEGAL_BASIS = 500;
    static final int MAX_NOTE = 4_000;
    static final LocalDate EARLIEST = LocalDate.of(1945, 9, 2);
    /** The default of {@code chungsuc.territory.years-ahead}: how far ahead a change may be recorded. */
    static final int YEARS_AHEAD = 5;

    private UnitRules() {
    }

    /** Refuses (400) what breaks a rule, naming each field; nothing is written. */
    static void check(String name, LocalDate from, String legalBasis, String note, LocalDate today,
            int yearsAhead) {
        check(name, "effectiveOn", from, legalBasis, note, today, yearsAhead);
    }

    /** As above, the date named as the request names it ({@code validFrom} of a new unit). */
    static void check(String name, String dateField, LocalDate from, String legalBasis, String note, LocalDate today,
            int yearsAhead) {
        List<Refused.Reason> out = new ArrayList<>();
        text("name", name, MAX_NAME, out);
        text("legalBasis", legalBasis, MAX_LEGAL_BASIS, out);
        text("note", note, MAX_NOTE, out);
        if (from != null && (from.isBefore(EARLIEST) || from.isAfter(today.plusYears(yearsAhead)))) {
            out.add(Refused.Reason.of(dateField, "territory.error.dateRange", Dates.show(from),
                    Dates.show(EARLIEST), Dates.show(today.plusYears(yearsAhead))));
        }
        if (!out.isEmpty()) {
            throw new Refused(out);
        }
    }

    private static void text(String field, String value, int max, List<Refused.Reason> out) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            out.add(Refused.Reason.of(field, "problem.tooLong", field, max));
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL
                    && !(field.equals("note") && (c == '\n' || c == '\r' || c == '\t'));
            if (control || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                out.add(Refused.Reason.of(field, "problem.badCharacters", field));
                return;
            }
        }
    }
}
