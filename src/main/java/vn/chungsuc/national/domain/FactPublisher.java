package vn.chungsuc.national.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chungsuc.indicators.IndicatorFact;

/**
 * Makes the province's rows of {@code national_fact} equal to the facts given: inserts the new, updates only those
 * whose numbers or names changed, deletes those gone, in one transaction (the caller's), so the publication carries
 * only real changes. Plain class: the scheduled refresh and the replication test use it alike.
 */
public class FactPublisher {

    /** What one pass changed. */
    public record Result(int inserted, int updated, int deleted, int total) {
    }

    private record Row(String indicatorCode, String indicatorName, String period, String unitCode, String unitName,
            long numerator, long denominator) {
    }

    private final JdbcTemplate jdbc;

    public FactPublisher(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The key of a fact within its province; stable for the fact's life. */
    public static String key(String indicator, String period, String unit) {
        return indicator + "|" + period + "|" + unit;
    }

    public Result publish(String province, Consumer<Consumer<IndicatorFact>> facts, Function<String, String> unitName) {
        if (province == null || !province.matches("[0-9]{2}")) {
            throw new IllegalArgumentException("province code must be two digits: " + province);
        }
        Map<String, Row> now = new HashMap<>();
        jdbc.query("select fact_key, indicator_code, indicator_name, period, unit_code, unit_name, numerator, "
                + "denominator from national_fact where province_code = ?", rs -> {
                    now.put(rs.getString(1), new Row(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8)));
                }, province);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, String> names = new HashMap<>();
        facts.accept(f -> {
            String k = key(f.indicatorCode(), f.period(), f.unitCode());
            seen.add(k);
            String name = names.computeIfAbsent(f.unitCode(), c -> {
                String n = unitName.apply(c);
                return n == null || n.isBlank() ? c : n;
            });
            Row row = new Row(f.indicatorCode(), f.indicatorName(), f.period(), f.unitCode(), name, f.numerator(),
                    f.denominator());
            Row before = now.get(k);
            if (before == null) {
                inserts.add(new Object[] {province, k, row.indicatorCode(), row.indicatorName(), row.period(),
                        row.unitCode(), row.unitName(), row.numerator(), row.denominator()});
            } else if (!before.equals(row)) {
                updates.add(new Object[] {row.indicatorName(), row.unitName(), row.numerator(), row.denominator(),
                        province, k});
            }
        });
        List<Object[]> deletes = new ArrayList<>();
        now.keySet().stream().filter(k -> !seen.contains(k)).forEach(k -> deletes.add(new Object[] {province, k}));
        jdbc.batchUpdate("insert into national_fact (province_code, fact_key, indicator_code, indicator_name, period, "
                + "unit_code, unit_name, numerator, denominator) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
        jdbc.batchUpdate("update national_fact set indicator_name = ?, unit_name = ?, numerator = ?, denominator = ?, "
                + "updated_at = now() where province_code = ? and fact_key = ?", updates);
        jdbc.batchUpdate("delete from national_fact where province_code = ? and fact_key = ?", deletes);
        return new Result(inserts.size(), updates.size(), deletes.size(), seen.size());
    }
}
