package vn.chungsuc.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chungsuc.feedback.domain.WorkingCalendar;

class WorkingCalendarTest {

    /** The days off of Tết Ất Tỵ 2025 (27–31/01) and the make-up Saturday of 26/04/2025, as the calendar data. */
    private final WorkingCalendar calendar = new WorkingCalendar(Map.of(
            LocalDate.of(2025, 1, 27), false, LocalDate.of(2025, 1, 28), false, LocalDate.of(2025, 1, 29), false,
            LocalDate.of(2025, 1, 30), false, LocalDate.of(2025, 1, 31), false,
            LocalDate.of(2025, 4, 26), true, LocalDate.of(2025, 4, 30), false, LocalDate.of(2025, 5, 1), false,
            LocalDate.of(2025, 5, 2), false));

    @Test
    void fiveWorkingDaysFromTheThursdayBeforeTetSkipTheWholeHolidayAndBothWeekends() {
        // Friday 24/01 is the 1st; 25–26 weekend; 27–31 Tết; 01–02/02 weekend; 03, 04, 05, 06/02 the 2nd to 5th
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 23), 5)).isEqualTo(LocalDate.of(2025, 2, 6));
    }

    @Test
    void aReportReceivedDuringTetCountsFromTheFirstWorkingDayAfter() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 29), 1)).isEqualTo(LocalDate.of(2025, 2, 3));
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDayAndTheSwappedFridayIsNot() {
        assertThat(calendar.working(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(calendar.working(LocalDate.of(2025, 5, 2))).isFalse();
        // Friday 25/04 → Saturday 26/04 (make-up) is the 1st, Monday 28 the 2nd, Tuesday 29 the 3rd, then 30/4–4/5 off
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 25), 4)).isEqualTo(LocalDate.of(2025, 5, 5));
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheFirstUpToTheLast() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 1, 23), LocalDate.of(2025, 2, 6))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 2, 6), LocalDate.of(2025, 1, 23))).isEqualTo(-5);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 2, 6), LocalDate.of(2025, 2, 6))).isZero();
    }
}
