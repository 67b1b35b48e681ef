package vn.chungsuc.territory.web;

import java.util.List;

/** A page of search hits; {@code page} counts from 0. */
record SearchResponse(List<UnitSummary> items, long total, int page, int size) {
}
