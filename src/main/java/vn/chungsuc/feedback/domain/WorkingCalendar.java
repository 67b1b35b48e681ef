package vn.chungsuc.feedback.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Working days as the calendar data says: Monday to Friday unless a holiday (Bộ luật Lao động 2019 Điều 112 and the
 * yearly notices of the days off), Saturday and Sunday only when a make-up day. A deadline of N working days "from
 * the day received" is the N-th working day after that day.
 */
public final class WorkingCalendar {

    private final Map<LocalDate, Boolean> exceptions;

    /** @param exceptions the days the calendar data names: true a working day (make-up), false a day off */
    public WorkingCalendar(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean working(LocalDate day) {
        Boolean named = exceptions.get(day);
        if (named != null) {
            return named;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** The N-th working day after the day (N ≥ 0; 0 gives the day itself). */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0 || days > 3650) {
            throw new IllegalArgumentException("days out of bounds: " + days);
        }
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (working(d)) {
                left--;
            }
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (working(d)) {
                n++;
            }
        }
        return n;
    }
}
