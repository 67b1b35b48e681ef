package vn.chungsuc.shared.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: the first six months of a year, a year, or a span of years. A coordination programme checks
 * its progress "định kỳ 6 tháng và một năm" and reviews it after some years ("sơ kết 2 năm… 3 năm… tổng kết 4 năm",
 * Bỉm Sơn 1995/CTrPH, IV.3 and V). Written "2020-H1", "2020" and "2017-2020". Counts are taken as of its last day.
 *
 * @param kind what sort of period
 * @param firstYear the year it starts in (the same as {@code year} but for a span)
 * @param year the year it ends in
 */
public record Period(Kind kind, int firstYear, int year) implements Comparable<Period> {

    /** The years a period may name: wide enough for any programme, narrow enough to bound every loop over years. */
    public static final int MIN_YEAR = 1990;
    public static final int MAX_YEAR = 2100;

    public enum Kind {
        /** 6 tháng đầu năm: 1 January to 30 June. */
        HALF_YEAR,
        /** Cả năm. */
        YEAR,
        /** Several whole years, for a review (sơ kết, tổng kết). */
        SPAN
    }

    private static final Pattern CODE = Pattern.compile("^(\\d{4})(?:(-H1)|-(\\d{4}))?$");

    public Period {
        if (kind == null) {
            throw new IllegalArgumentException("no kind of period");
        }
        check(firstYear);
        check(year);
        if (kind != Kind.SPAN && firstYear != year) {
            throw new IllegalArgumentException("a half-year or a year starts and ends in one year: " + firstYear);
        }
        if (kind == Kind.SPAN && firstYear >= year) {
            throw new IllegalArgumentException("a span ends after it starts: " + firstYear + "-" + year);
        }
    }

    private static void check(int y) {
        if (y < MIN_YEAR || y > MAX_YEAR) {
            throw new IllegalArgumentException("year out of range: " + y);
        }
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, year);
    }

    public static Period firstHalf(int year) {
        return new Period(Kind.HALF_YEAR, year, year);
    }

    /** The years {@code from} to {@code to}, both whole; a single year is that year. */
    public static Period span(int from, int to) {
        return from == to ? year(from) : new Period(Kind.SPAN, from, to);
    }

    /**
     * The reviews of a programme that starts in {@code programmeFrom}: for each review year, the span from the start
     * to that year (Bỉm Sơn: 2018 → 2017–2018, 2019 → 2017–2019, 2020 → 2017–2020). Years not after the start are
     * left out.
     */
    public static List<Period> reviews(int programmeFrom, Collection<Integer> reviewYears) {
        List<Period> out = new ArrayList<>();
        reviewYears.stream().distinct().sorted().filter(y -> y > programmeFrom)
                .forEach(y -> out.add(span(programmeFrom, y)));
        return out;
    }

    /** Reads "2020", "2020-H1" or "2017-2020"; refuses anything else. */
    public static Period parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period: " + code);
        }
        int first = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return firstHalf(first);
        }
        if (m.group(3) != null) {
            int last = Integer.parseInt(m.group(3));
            if (last <= first) {
                throw new IllegalArgumentException("not a period: " + code);
            }
            return new Period(Kind.SPAN, first, last);
        }
        return year(first);
    }

    public static boolean valid(String code) {
        try {
            parse(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public boolean firstHalf() {
        return kind == Kind.HALF_YEAR;
    }

    public boolean span() {
        return kind == Kind.SPAN;
    }

    /** How many whole years a span covers (1 for a year, 0 for a half-year). */
    public int years() {
        return kind == Kind.HALF_YEAR ? 0 : year - firstYear + 1;
    }

    public String code() {
        return switch (kind) {
            case HALF_YEAR -> year + "-H1";
            case YEAR -> String.valueOf(year);
            case SPAN -> firstYear + "-" + year;
        };
    }

    public LocalDate start() {
        return LocalDate.of(firstYear, 1, 1);
    }

    public LocalDate end() {
        return firstHalf() ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start()) && !date.isAfter(end());
    }

    /** The same kind of period ending in another year (a span keeps its length). */
    public Period inYear(int otherYear) {
        return new Period(kind, otherYear - (year - firstYear), otherYear);
    }

    /** Where the period ends on a scale of years: 2020-H1 at 2020.5, 2020 at 2021.0. */
    public double endTime() {
        return year + (firstHalf() ? 0.5 : 1.0);
    }

    /** By their last day; of two ending together, the shorter first. */
    @Override
    public int compareTo(Period o) {
        int byEnd = Double.compare(endTime(), o.endTime());
        return byEnd != 0 ? byEnd : Integer.compare(o.firstYear, firstYear);
    }

    @Override
    public String toString() {
        return code();
    }
}
