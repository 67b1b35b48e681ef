package vn.chungsuc.shared.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For Prometheus: the event publications not completed yet (Spring Modulith's {@code event_publication}: a listener
 * that has not finished, or failed and waits for its redelivery) and the age of the oldest of them, across every
 * instance on the database. Read at most once every 5 s, whatever the number of scrapes.
 */
@Component
class EventPublicationMetrics {

    private final ReadCache cache = new ReadCache(Duration.ofSeconds(5), 4);
    private final JdbcClient jdbc;

    EventPublicationMetrics(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        Gauge.builder("chungsuc.events.outstanding", this, m -> m.outstanding()[0])
                .description("Event publications not completed yet").register(meters);
        Gauge.builder("chungsuc.events.oldest.outstanding.age", this, m -> m.outstanding()[1])
                .description("Age of the oldest event publication not completed yet").baseUnit("seconds")
                .register(meters);
    }

    /** How many publications are outstanding, and the age in seconds of the oldest (0 when none). */
    double[] outstanding() {
        return cache.get("outstanding", () -> {
            try {
                return jdbc.sql("""
                        select count(*), coalesce(extract(epoch from now() - min(publication_date)), 0)
                        from event_publication where completion_date is null""")
                        .query((rs, i) -> new double[] {rs.getLong(1), rs.getDouble(2)}).single();
            } catch (RuntimeException e) {
                return new double[] {Double.NaN, Double.NaN};
            }
        });
    }
}
