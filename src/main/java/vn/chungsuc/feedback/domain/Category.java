package vn.chungsuc.feedback.domain;

import java.util.Locale;
import vn.chungsuc.shared.permission.Function;

/**
 * A category of report as data: the content of the campaign it serves (1–5), whether it is taken here (REPORT) or
 * belongs to another procedure (COMPLAINT, DENUNCIATION), the line of work that handles it, the deadline in
 * working days and where these come from.
 */
public record Category(String code, String name, String nameEn, int content, String kind, Function function,
        Integer deadlineDays, String basis, int position, boolean active) {

    public boolean taken() {
        return "REPORT".equals(kind);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
