package vn.chungsuc.shared.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import vn.chungsuc.shared.problem.Refused;

/**
 * Dates as officers type them (dd/MM/yyyy, also d/M/yyyy, dd-MM-yyyy and ISO yyyy-MM-dd) and as every page shows
 * them (dd/MM/yyyy). A date outside {@link #MIN}–{@link #MAX} is not read at all: no record of the campaign lies
 * there, and an unbounded date ("+999999999-12-31") would make every loop over its years run for ever.
 */
public final class Dates {

    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2100, 12, 31);

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VN_DASH = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    /** The date written in the text; empty when blank, unreadable or out of bounds. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.length() > 10 && t.charAt(10) == 'T') {
            t = t.substring(0, 10);
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {VN, VN_DASH, ISO}) {
            try {
                return Optional.of(LocalDate.parse(t, f)).filter(Dates::inBounds);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /**
     * The date written in the text, or null when it is blank; refused, naming the field, when it cannot be read or
     * lies out of bounds.
     */
    public static LocalDate parseOrRefuse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return parse(text).orElseThrow(() -> new Refused(field, "problem.badDateText", text.strip()));
    }

    public static boolean inBounds(LocalDate date) {
        return date != null && !date.isBefore(MIN) && !date.isAfter(MAX);
    }

    public static String show(LocalDate date) {
        return date == null ? "" : SHOW.format(date);
    }
}
