package vn.chungsuc.feedback.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chungsuc.feedback.ReportStatus;

/**
 * What the offline map draws ({@code ${@feedbackMap…}} in templates): the units' names at their approximate centres
 * ({@code feedback_map_place}) on a plain background, and the public reports' positions rounded to a grid of
 * {@link #GRID} degrees (about 220 m in Việt Nam) and counted per cell, so no pin shows a home. A tile server is used
 * only when {@code chungsuc.map.tile-url} is set. The data go to the page as JSON in data attributes (the pages'
 * policy allows no inline script).
 */
@Component("feedbackMap")
public class ReportMap {

    public static final BigDecimal GRID = new BigDecimal("0.002");
    static final int MAX_CELLS = 2000;

    private final JdbcClient jdbc;
    private final String tileUrl;
    private final UnitChoices units;
    private final vn.chungsuc.shared.time.Today today;

    ReportMap(JdbcClient jdbc, UnitChoices units, vn.chungsuc.shared.time.Today today, @Value("${chungsuc.map.tile-url:}") String tileUrl) {
        this.jdbc = jdbc;
        this.units = units;
        this.today = today;
        this.tileUrl = tileUrl == null ? "" : tileUrl.strip();
    }

    public String tileUrl() {
        return tileUrl;
    }

    /** [{"name":…, "lat":…, "lon":…}] of every unit with a known centre. */
    public String places() {
        StringBuilder out = new StringBuilder("[");
        jdbc.sql("select unit_code, lat, lon from feedback_map_place order by unit_code").query(rs -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append("{\"name\":").append(string(units.name(rs.getString(1), today.date())))
                    .append(",\"lat\":").append(rs.getBigDecimal(2).toPlainString()).append(",\"lon\":")
                    .append(rs.getBigDecimal(3).toPlainString()).append('}');
        });
        return out.append(']').toString();
    }

    /** One cell of the public map: its rounded centre, how many reports, how many still open. */
    public record Cell(BigDecimal lat, BigDecimal lon, int reports, int open) {
    }

    /** The cells of the reports with a position, filtered like the public list (blank for all). */
    public List<Cell> cells(String category, String status) {
        StringBuilder where = new StringBuilder(" where lat is not null and lon is not null");
        Map<String, Object> params = new HashMap<>();
        if (category != null && !category.isBlank()) {
            where.append(" and category_code = :c");
            params.put("c", category);
        }
        if ("open".equals(status)) {
            where.append(" and status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED')");
        } else if (status != null && !status.isBlank()) {
            params.put("s", ReportStatus.valueOf(status).name());
            where.append(" and status = :s");
        }
        params.put("g", GRID);
        params.put("max", MAX_CELLS);
        return jdbc.sql("select round(lat / :g) * :g la, round(lon / :g) * :g lo, count(*) n, count(*) filter "
                + "(where status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED')) o from feedback_report"
                + where + " group by 1, 2 order by 3 desc limit :max").params(params)
                .query((rs, i) -> new Cell(rs.getBigDecimal(1).setScale(3, RoundingMode.HALF_UP),
                        rs.getBigDecimal(2).setScale(3, RoundingMode.HALF_UP), rs.getInt(3), rs.getInt(4))).list();
    }

    /** The cells as JSON: [{"lat":…, "lon":…, "n":…, "open":…}]. */
    public String points(String category, String status) {
        StringBuilder out = new StringBuilder("[");
        for (Cell c : cells(category, status)) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append("{\"lat\":").append(c.lat().toPlainString()).append(",\"lon\":")
                    .append(c.lon().toPlainString()).append(",\"n\":").append(c.reports()).append(",\"open\":")
                    .append(c.open()).append('}');
        }
        return out.append(']').toString();
    }


    static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : (s == null ? "" : s).toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (ch < 0x20 || ch == '<' || ch == '>' || ch == '&') {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
