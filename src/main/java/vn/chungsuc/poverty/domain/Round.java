package vn.chungsuc.poverty.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A commune's review round (đợt rà soát) of a year, and the steps of QĐ 24/2021/QĐ-TTg done so far: 1 list the
 * households, 2 survey and classify, 3 village meeting, 4 public posting, 5 report to the level above, 6 the
 * commune chair's decision.
 */
public record Round(long id, String communeCode, int year, String kind, String standardCode, int postingDays,
        String createdBy, Instant createdAt, LocalDate postedFrom, String decisionNumber, LocalDate decidedOn,
        Map<Integer, Step> steps) {

    public static final int STEPS = 6;

    /** Who finished a step, when, and what was recorded (minutes, attendance, report, decision). */
    public record Step(int step, String doneBy, Instant doneAt, String note, Integer attendees, Integer agreed) {
    }

    /** The step to do now (7 once decided). */
    public int current() {
        int n = 1;
        while (steps.containsKey(n)) {
            n++;
        }
        return n;
    }

    public boolean done(int step) {
        return steps.containsKey(step);
    }

    public boolean decided() {
        return done(STEPS);
    }

    /** The list is on public posting: posting has begun and step 4 is not finished. */
    public boolean posting() {
        return postedFrom != null && !done(4);
    }

    /** The last day of posting (posting days counted from the first day). */
    public LocalDate postingEnds() {
        return postedFrom == null ? null : postedFrom.plusDays(postingDays - 1L);
    }
}
