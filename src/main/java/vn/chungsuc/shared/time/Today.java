package vn.chungsuc.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * What day it is in Vietnam, from the application's {@link Clock} bean: domain code asks this rather than
 * {@code LocalDate.now()}, so that a test can pin the date (a round posted until 15/12, a decision after 1/7/2025).
 */
@Component
public class Today {

    /** The zone of every date a user sees: a decision signed at 23:30 in Hà Nội is signed that day. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock;

    public Today(Clock clock) {
        this.clock = clock;
    }

    public LocalDate date() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    public int year() {
        return date().getYear();
    }

    public Instant now() {
        return clock.instant();
    }

    /** The date, or today when it is null. */
    public LocalDate orToday(LocalDate date) {
        return date != null ? date : date();
    }

    /** The date, but never after today. */
    public LocalDate notAfterToday(LocalDate date) {
        LocalDate today = date();
        return date == null || date.isAfter(today) ? today : date;
    }

    public Clock clock() {
        return clock;
    }
}
