package vn.chungsuc.indicators.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chungsuc.shared.platform.ReadCache;
import org.springframework.stereotype.Repository;

/**
 * The indicator definitions ({@code indicators_indicator}). The catalogue is read on every dashboard and API request
 * and changes when an administrator changes a method or a module contributes a new definition: it is kept in a
 * {@link ReadCache}, emptied by those writes ({@link #written()}) and kept at most
 * {@code chungsuc.indicators.cache.max-age} (default 30 s) for changes made by another instance.
 */
@Repository
public class IndicatorStore {

    private final JdbcClient jdbc;
    private final ReadCache cache;

    IndicatorStore(JdbcClient jdbc, @Value("${chungsuc.indicators.cache.max-age:PT30S}") Duration maxAge) {
        this.jdbc = jdbc;
        this.cache = new ReadCache(maxAge, 100);
    }

    public List<Indicator> all() {
        return cache.get("all", () -> List.copyOf(jdbc.sql("select * from indicators_indicator order by method desc, "
                + "name").query(this::row).list()));
    }

    public Map<String, Indicator> byCode() {
        return cache.get("byCode", () -> {
            Map<String, Indicator> out = new LinkedHashMap<>();
            all().forEach(i -> out.put(i.code(), i));
            return java.util.Collections.unmodifiableMap(out);
        });
    }

    /** The definitions are being changed in the current transaction. */
    void written() {
        cache.written();
    }

    public Optional<Indicator> find(String code) {
        return jdbc.sql("select * from indicators_indicator where code = ?").param(code).query(this::row).optional();
    }

    public List<Indicator> computedUsing(String metric) {
        return jdbc.sql("""
                select * from indicators_indicator
                where method = 'COMPUTED' and (numerator_metric = :m or denominator_metric = :m)""")
                .param("m", metric).query(this::row).list();
    }

    public void update(Indicator i) {
        written();
        jdbc.sql("""
                update indicators_indicator set method = ?, numerator_metric = ?, denominator_metric = ?,
                       records_link = ?, updated_at = now()
                where code = ?""")
                .params(i.method().name(), i.numeratorMetric(), i.denominatorMetric(), i.recordsLink(), i.code())
                .update();
    }

    private Indicator row(ResultSet rs, int n) throws SQLException {
        return new Indicator(rs.getString("code"), rs.getString("name"), Method.valueOf(rs.getString("method")),
                EntryLevel.valueOf(rs.getString("entry_level")), rs.getString("numerator_label"),
                rs.getString("denominator_label"), rs.getBoolean("denominator_required"),
                rs.getString("numerator_metric"), rs.getString("denominator_metric"), rs.getString("records_link"),
                rs.getString("description"));
    }
}
