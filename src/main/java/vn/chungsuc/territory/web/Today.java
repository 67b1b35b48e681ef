package vn.chungsuc.territory.web;

import java.time.LocalDate;
import vn.chungsuc.shared.web.VnFormat;

/** "As of" defaults to today in Vietnam, not on the server's clock zone. */
final class Today {

    private Today() {
    }

    static LocalDate orElse(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(VnFormat.VIETNAM);
    }
}
