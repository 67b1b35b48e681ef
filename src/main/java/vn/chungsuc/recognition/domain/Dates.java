package vn.chungsuc.recognition.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates as officers write them: dd/MM/yyyy (ISO yyyy-MM-dd accepted too). */
public final class Dates {

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    public static String show(LocalDate d) {
        return d == null ? "" : VN.format(d);
    }

    /** The date, or null when blank; refused with the field's name when it cannot be read. */
    public static LocalDate parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return t.contains("-") ? LocalDate.parse(t) : LocalDate.parse(t.length() < 10 ? pad(t) : t, VN);
        } catch (DateTimeParseException e) {
            throw new RecognitionRefused(field, "Ngày không hợp lệ: “" + t + "” (viết dd/mm/yyyy).");
        }
    }

    private static String pad(String t) {
        String[] p = t.split("/");
        if (p.length != 3) {
            return t;
        }
        return (p[0].length() == 1 ? "0" : "") + p[0] + "/" + (p[1].length() == 1 ? "0" : "") + p[1] + "/" + p[2];
    }
}
