package vn.chungsuc.shared.events;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import vn.chungsuc.shared.stats.Metric;
import vn.chungsuc.shared.stats.StatisticSource;

/**
 * A statistic source of the integration tests that stands, when armed, in front of the real source of one metric:
 * it gives the real counts a number of times, then throws, as a crash half-way through a recount would. Disarmed
 * (the default) it provides no metric and nobody asks it anything. One bean for every test, so that all share one
 * application context.
 */
public class FlakyStatistics implements StatisticSource, Ordered {

    private final ObjectProvider<StatisticSource> sources;
    private volatile String metric;
    private final AtomicInteger countsLeft = new AtomicInteger();

    FlakyStatistics(ObjectProvider<StatisticSource> sources) {
        this.sources = sources;
    }

    /** From now on, counts of the metric succeed {@code counts} times, then fail until {@link #disarm}. */
    public void failAfter(String metricCode, int counts) {
        countsLeft.set(counts);
        metric = metricCode;
    }

    public void disarm() {
        metric = null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public List<Metric> metrics() {
        String armed = metric;
        return armed == null ? List.of() : real(armed).metrics().stream().filter(m -> m.code().equals(armed)).toList();
    }

    @Override
    public Map<String, Long> countByUnit(String metricCode, LocalDate asOf) {
        mayFail();
        return real(metricCode).countByUnit(metricCode, asOf);
    }

    @Override
    public Map<String, Long> countByUnit(String metricCode, LocalDate asOf, Collection<String> units) {
        mayFail();
        return real(metricCode).countByUnit(metricCode, asOf, units);
    }

    private void mayFail() {
        if (metric != null && countsLeft.getAndDecrement() <= 0) {
            throw new IllegalStateException("Simulated crash in the middle of a recount");
        }
    }

    private StatisticSource real(String metricCode) {
        return sources.orderedStream().filter(s -> s != this)
                .filter(s -> s.metrics().stream().anyMatch(m -> m.code().equals(metricCode))).findFirst()
                .orElseThrow();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        FlakyStatistics flakyStatistics(ObjectProvider<StatisticSource> sources) {
            return new FlakyStatistics(sources);
        }
    }
}
