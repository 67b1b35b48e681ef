package vn.chungsuc.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock of the integration tests: the system's until a test pins a date ({@link #pin}), and again after it
 * lets go ({@link #release}). One bean for every test, so that all share one application context.
 */
public class TestClock extends Clock {

    private final AtomicReference<Instant> pinned = new AtomicReference<>();

    /** From now on "today" is this date (at noon in Vietnam), until {@link #release}. */
    public void pin(LocalDate date) {
        pinned.set(date.atTime(12, 0).atZone(Today.VIETNAM).toInstant());
    }

    public void release() {
        pinned.set(null);
    }

    @Override
    public ZoneId getZone() {
        return Today.VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (zone.equals(Today.VIETNAM)) {
            return this;
        }
        TestClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant p = pinned.get();
        return p != null ? p : Instant.now();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
