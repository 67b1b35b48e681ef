package vn.chungsuc.recognition.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Giấy khen for consecutive years of a title: under NĐ 122/2018/NĐ-CP a family recognised 3 consecutive years (a
 * residential area 5) may be commended, and the windows of one subject never overlap (the Ministry's answer,
 * baochinhphu.vn 24/11/2023: after an award for 2020–2022, 2021–2023 is not eligible; 2023–2025 is). The number
 * of years is data of the criteria set ({@code commendation_years}).
 */
public final class CommendationWindows {

    /** A commended span of years, both ends included. */
    public record Window(int firstYear, int lastYear) {

        public boolean overlaps(Window other) {
            return firstYear <= other.lastYear && other.firstYear <= lastYear;
        }

        @Override
        public String toString() {
            return firstYear + "–" + lastYear;
        }
    }

    private CommendationWindows() {
    }

    /**
     * The window ending in the year that makes the subject eligible, if it holds the title in each of the
     * {@code years} years up to {@code year} and that window overlaps no window already commended.
     */
    public static Optional<Window> eligible(Set<Integer> titleYears, Collection<Window> commended, int years,
            int year) {
        if (years <= 0) {
            return Optional.empty();
        }
        Window w = new Window(year - years + 1, year);
        for (int y = w.firstYear(); y <= w.lastYear(); y++) {
            if (!titleYears.contains(y)) {
                return Optional.empty();
            }
        }
        if (commended.stream().anyMatch(w::overlaps)) {
            return Optional.empty();
        }
        return Optional.of(w);
    }

    /** Every year whose window would be eligible, given the commendations (earliest first, greedily taken). */
    public static List<Window> schedule(Set<Integer> titleYears, Collection<Window> commended, int years,
            int fromYear, int toYear) {
        List<Window> taken = new java.util.ArrayList<>(commended);
        List<Window> out = new java.util.ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            Optional<Window> w = eligible(titleYears, taken, years, y);
            if (w.isPresent()) {
                taken.add(w.get());
                out.add(w.get());
            }
        }
        return out;
    }
}
