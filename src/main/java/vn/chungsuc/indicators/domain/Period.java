package vn.chungsuc.indicators.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a year, or its first six months (the programme checks progress "định kỳ 6 tháng và một năm").
 * Written "2020" or "2020-H1". Counts are taken as of its last day.
 */
public record Period(int year, boolean firstHalf) implements Comparable<Period> {

    private static final Pattern CODE = Pattern.compile("^(\\d{4})(-H1)?$");

    public Period {
        if (year < 1990 || year > 2100) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    public static Period year(int year) {
        return new Period(year, false);
    }

    public static Period firstHalf(int year) {
        return new Period(year, true);
    }

    public static Period parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period: " + code);
        }
        return new Period(Integer.parseInt(m.group(1)), m.group(2) != null);
    }

    public static boolean valid(String code) {
        try {
            parse(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public String code() {
        return firstHalf ? year + "-H1" : String.valueOf(year);
    }

    public LocalDate start() {
        return LocalDate.of(year, 1, 1);
    }

    public LocalDate end() {
        return firstHalf ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    /** The same kind of period in another year. */
    public Period inYear(int otherYear) {
        return new Period(otherYear, firstHalf);
    }

    /** Where the period ends on a scale of years: 2020-H1 at 2020.5, 2020 at 2021.0. */
    public double endTime() {
        return year + (firstHalf ? 0.5 : 1.0);
    }

    @Override
    public int compareTo(Period o) {
        return Double.compare(endTime(), o.endTime());
    }

    @Override
    public String toString() {
        return code();
    }
}
