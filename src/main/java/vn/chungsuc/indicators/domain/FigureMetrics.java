package vn.chungsuc.indicators.domain;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.platform.ReadCache;

/**
 * For Prometheus, the figures' freshness: {@code chungsuc.figures.lag} is the age of the oldest change the figures
 * have not taken in yet (an event publication to {@link FigureMaintenance} not completed; 0 when they are current),
 * and {@code chungsuc.figures.recount} times each recount after a change. Read at most once every 5 s.
 */
@Component
class FigureMetrics {

    private final ReadCache cache = new ReadCache(Duration.ofSeconds(5), 2);
    private final JdbcClient jdbc;
    private final Timer recount;

    FigureMetrics(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.recount = Timer.builder("chungsuc.figures.recount")
                .description("A recount of the figures after a change to their sources").register(meters);
        Gauge.builder("chungsuc.figures.lag", this, FigureMetrics::lag)
                .description("Age of the oldest change the figures have not taken in yet").baseUnit("seconds")
                .register(meters);
    }

    Timer recount() {
        return recount;
    }

    double lag() {
        return cache.get("lag", () -> {
            try {
                return jdbc.sql("""
                        select coalesce(extract(epoch from now() - min(publication_date)), 0) from event_publication
                        where completion_date is null and listener_id like :listener""")
                        .param("listener", "%" + FigureMaintenance.class.getName() + "%")
                        .query(Double.class).single();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        });
    }
}
