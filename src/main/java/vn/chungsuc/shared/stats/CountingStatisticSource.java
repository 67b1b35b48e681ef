package vn.chungsuc.shared.stats;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link StatisticSource} whose counts are SQL queries over the module's own tables: "count these records per unit
 * as of a date". A module says which queries count a metric ({@link #queries}); this class runs them, binds the date
 * and the units asked for, and adds up what they return per unit. A metric no query counts has no counts.
 */
public abstract class CountingStatisticSource implements StatisticSource {

    private final JdbcClient jdbc;

    protected CountingStatisticSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One count query: it selects the columns {@code unit} (the unit code) and {@code n} (the count), and may use
     * the parameters {@code :on} (the date asked for), {@code :units} (the units asked for, only when
     * {@code someUnits} was true) and those given here.
     */
    public record Query(String sql, Map<String, ?> params) {

        public Query(String sql) {
            this(sql, Map.of());
        }
    }

    /**
     * The queries that count the metric as of the date (their counts are added up per unit); none for a metric this
     * source does not count. With {@code someUnits} the queries must keep only the units in {@code :units}.
     */
    protected abstract List<Query> queries(String metricCode, LocalDate asOf, boolean someUnits);

    @Override
    public Map<String, Long> countByUnit(String metricCode, LocalDate asOf) {
        return count(metricCode, asOf, null);
    }

    /** Only the units asked for, through the queries' filter on them (an index on the unit of each record). */
    @Override
    public Map<String, Long> countByUnit(String metricCode, LocalDate asOf, Collection<String> units) {
        return units.isEmpty() ? Map.of() : count(metricCode, asOf, units);
    }

    private Map<String, Long> count(String metricCode, LocalDate asOf, Collection<String> units) {
        Map<String, Long> counts = new HashMap<>();
        for (Query query : queries(metricCode, asOf, units != null)) {
            var statement = jdbc.sql(query.sql()).param("on", asOf);
            if (units != null) {
                statement = statement.param("units", List.copyOf(units));
            }
            for (Map.Entry<String, ?> p : query.params().entrySet()) {
                statement = statement.param(p.getKey(), p.getValue());
            }
            statement.query(rs -> {
                counts.merge(rs.getString("unit"), rs.getLong("n"), Long::sum);
            });
        }
        return counts;
    }
}
