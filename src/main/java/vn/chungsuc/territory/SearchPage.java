package vn.chungsuc.territory;

import java.util.List;

/** One page of search hits; {@code page} counts from 0. */
public record SearchPage(List<UnitMatch> items, long total, int page, int size) {

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
