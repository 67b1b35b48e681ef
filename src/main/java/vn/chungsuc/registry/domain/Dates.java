package vn.chungsuc.registry.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as officers type them: dd/MM/yyyy (also d/M/yyyy, dd-MM-yyyy and ISO yyyy-MM-dd). */
public final class Dates {

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VN_DASH = DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        for (DateTimeFormatter f : new DateTimeFormatter[] {VN, VN_DASH, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        if (t.length() > 10 && t.charAt(10) == 'T') {
            return parse(t.substring(0, 10));
        }
        return Optional.empty();
    }

    public static String show(LocalDate date) {
        return date == null ? "" : SHOW.format(date);
    }
}
