package vn.chungsuc.territory.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.web.VnFormat;

/**
 * The query parameters of the unit pages, read by hand rather than bound: a date or page number a user mistyped in
 * the address bar gets the page back with a Vietnamese message and the default value, not a bare 400 in English.
 */
final class PageParams {

    private final Messages messages;
    private final VnFormat fmt;
    private final LocalDate today;
    private final List<String> problems = new ArrayList<>();

    PageParams(Messages messages, VnFormat fmt, LocalDate today) {
        this.messages = messages;
        this.fmt = fmt;
        this.today = today;
    }

    /** The date asked for; today when none is given or when it is not a date (which is then reported). */
    LocalDate asOf(String raw) {
        if (raw == null || raw.isBlank()) {
            return today;
        }
        return Dates.parse(raw).orElseGet(() -> {
            problems.add(messages.get("territory.page.badDate", raw, fmt.date(today)));
            return today;
        });
    }

    /** The page number asked for, counted from 0; the first page when it is not a number (which is reported). */
    int page(String raw) {
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(raw.strip()));
        } catch (NumberFormatException e) {
            problems.add(messages.get("territory.page.badPage", raw));
            return 0;
        }
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }
}
