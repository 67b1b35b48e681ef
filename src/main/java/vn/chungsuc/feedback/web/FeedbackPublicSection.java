package vn.chungsuc.feedback.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.chungsuc.feedback.ReportStatus;
import vn.chungsuc.feedback.domain.Reports;
import vn.chungsuc.feedback.domain.Rules;
import vn.chungsuc.shared.sections.PublicFragment;
import vn.chungsuc.shared.sections.PublicQuery;
import vn.chungsuc.shared.sections.PublicSection;

/**
 * Citizens' reports on the portal: the list by category and status (the portal's query carries a unit and a year
 * only, so the filters are read from the request's own parameters), and each report with its history of answers.
 * Never the reporter's name or phone, never a handler's login; photos are served re-encoded, without metadata.
 */
@Component
class FeedbackPublicSection implements PublicSection {

    private final Reports reports;
    private final Rules rules;
    private final JdbcClient jdbc;
    private final vn.chungsuc.feedback.supervision.ReportMap map;

    FeedbackPublicSection(Reports reports, Rules rules, JdbcClient jdbc, vn.chungsuc.feedback.supervision.ReportMap map) {
        this.map = map;
        this.reports = reports;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "reports";
    }

    @Override
    public String titleKey() {
        return "feedback.public.title";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Coverage> coverage() {
        return jdbc.sql("select commune_code, min(extract(year from received_on))::int a, "
                + "max(extract(year from received_on))::int b from feedback_report group by 1 order by 1 limit 20")
                .query((rs, i) -> new Coverage(rs.getString(1), rs.getInt(2), rs.getInt(3))).list();
    }

    @Override
    public PublicFragment summary() {
        Map<String, Object> counts = jdbc.sql("select count(*) total, count(*) filter (where status in "
                + "('RECEIVED','ASSIGNED','IN_PROGRESS','REOPENED')) open from feedback_report").query().singleRow();
        return new PublicFragment("feedback/public", "summary", Map.of("counts", counts), "feedback.public.title");
    }

    @Override
    public Optional<PublicFragment> index(PublicQuery query) {
        String status = param("status");
        String category = param("category");
        int page = 0;
        try {
            page = Math.max(0, Math.min(10_000, Integer.parseInt(param("page"))));
        } catch (NumberFormatException e) {
            page = 0;
        }
        Long after;
        Long before;
        try {
            after = param("after").isEmpty() ? null : Long.valueOf(param("after"));
            before = after != null || param("before").isEmpty() ? null : Long.valueOf(param("before"));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (!status.isEmpty() && !status.equals("open")) {
            try {
                ReportStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        if (!category.isEmpty() && rules.category(category).isEmpty()) {
            return Optional.empty();
        }
        String unit = query.unit() == null ? "" : query.unit();
        Reports.PublicPage list = reports.publicPage(status, category, unit, after, before, page);
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("list", list);
        m.put("status", status);
        m.put("category", category);
        m.put("unit", unit);
        m.put("categories", rules.categories());
        m.put("statuses", ReportStatus.values());
        m.put("communes", reports.places().stream().map(Reports.Place::commune).toList());
        // the map (up to 2,000 cells and the units' names, ~180 kB at scale) on the list's first page only: the same
        // on every page, it made each deeper page five times heavier than its 25 reports
        boolean firstPage = after == null && before == null && page == 0;
        m.put("showMap", firstPage);
        if (firstPage) {
            m.put("mapPoints", mapPoints(category, status));
            m.put("mapPlaces", mapPlaces());
            m.put("mapTiles", map.tileUrl());
        }
        return Optional.of(new PublicFragment("feedback/public", "list", m, "feedback.public.title"));
    }

    /**
     * The map's cells (every report with a position, counted per cell of {@code ReportMap.GRID}, at most
     * {@code ReportMap.MAX_CELLS}) for a category and a status, kept {@link #MAP_LIFE_NANOS}: a group over the
     * whole table, read once for every page of the list instead of once per page. Keys are checked before (a
     * known category, a known status), so the cache holds at most categories × statuses entries.
     */
    private String mapPoints(String category, String status) {
        String key = category + "|" + status;
        long now = System.nanoTime();
        Cached c = mapCache.get(key);
        if (c == null || now - c.madeAtNanos() > MAP_LIFE_NANOS) {
            c = new Cached(now, map.points(category, status));
            mapCache.put(key, c);
        }
        return c.json();
    }

    private String mapPlaces() {
        long now = System.nanoTime();
        Cached c = placesCache;
        if (c == null || now - c.madeAtNanos() > MAP_LIFE_NANOS) {
            c = new Cached(now, map.places());
            placesCache = c;
        }
        return c.json();
    }

    private static final long MAP_LIFE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    private final java.util.concurrent.ConcurrentHashMap<String, Cached> mapCache =
            new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Cached placesCache;

    private record Cached(long madeAtNanos, String json) {
    }

    @Override
    public Optional<PublicFragment> item(String id, PublicQuery query) {
        return reports.publicView(id).map(v -> new PublicFragment("feedback/public", "item", Map.of("v", v),
                "feedback.public.item", List.of(v.report().publicNo())));
    }

    private static String param(String name) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            String v = a.getRequest().getParameter(name);
            return v == null || v.length() > 40 ? "" : v.strip();
        }
        return "";
    }
}
