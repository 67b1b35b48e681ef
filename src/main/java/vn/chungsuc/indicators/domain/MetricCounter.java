package vn.chungsuc.indicators.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chungsuc.shared.stats.Metric;
import vn.chungsuc.shared.stats.StatisticSource;

/**
 * The counts feature modules publish, found by metric code among whatever {@link StatisticSource}s are present. A
 * metric no source provides has no counts: "no data", never an error.
 */
public class MetricCounter {

    private final List<StatisticSource> sources;

    public MetricCounter(List<StatisticSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public boolean provides(String metric) {
        return source(metric).isPresent();
    }

    public Optional<Map<String, Long>> count(String metric, LocalDate asOf) {
        return source(metric).map(s -> s.countByUnit(metric, asOf));
    }

    /** The count of some units only; all units when {@code units} is null. */
    public Optional<Map<String, Long>> count(String metric, LocalDate asOf, Collection<String> units) {
        return units == null ? count(metric, asOf) : source(metric).map(s -> s.countByUnit(metric, asOf, units));
    }

    public List<Metric> metrics() {
        return sources.stream().flatMap(s -> s.metrics().stream()).toList();
    }

    private Optional<StatisticSource> source(String metric) {
        if (metric == null) {
            return Optional.empty();
        }
        return sources.stream().filter(s -> s.metrics().stream().anyMatch(m -> m.code().equals(metric))).findFirst();
    }
}
