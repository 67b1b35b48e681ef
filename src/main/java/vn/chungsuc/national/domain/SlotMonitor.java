package vn.chungsuc.national.domain;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The replication slots of this server (a province's: one per national subscription) and how far each lags:
 * {@code pg_current_wal_lsn() - confirmed_flush_lsn} in bytes, published as the gauge
 * {@code chungsuc.national.slot.lag} (the largest, bytes) and {@code chungsuc.national.slots.inactive}. A slot holds
 * back the WAL it has not confirmed: {@code max_slot_wal_keep_size} bounds it (the slot is then lost, wal_status
 * "lost", and the national side must be subscribed again) so that a dead national server cannot fill the disk.
 * Read at most every 10 s.
 */
@Component
public class SlotMonitor {

    /** One slot as the administrator sees it. */
    public record Slot(String name, String plugin, boolean active, Long lagBytes, String walStatus,
            Long safeWalBytes) {
    }

    /** The slots and the server's bound. */
    public record State(List<Slot> slots, String maxSlotWalKeepSize, String walLevel, String error) {

        public long maxLag() {
            return slots.stream().mapToLong(s -> s.lagBytes() == null ? 0 : s.lagBytes()).max().orElse(0);
        }

        public long inactive() {
            return slots.stream().filter(s -> !s.active()).count();
        }
    }

    private final JdbcTemplate jdbc;
    private volatile State cached;
    private volatile long readAt;

    SlotMonitor(JdbcTemplate jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        Gauge.builder("chungsuc.national.slot.lag", this, m -> m.state().maxLag()).baseUnit("bytes")
                .description("Largest lag of a logical replication slot of this server").register(registry);
        Gauge.builder("chungsuc.national.slots.inactive", this, m -> m.state().inactive())
                .description("Logical replication slots with no subscriber connected").register(registry);
    }

    public State state() {
        long now = System.nanoTime();
        State s = cached;
        if (s == null || now - readAt > Duration.ofSeconds(10).toNanos()) {
            s = read();
            cached = s;
            readAt = now;
        }
        return s;
    }

    /** Read now. */
    public State read() {
        try {
            List<Slot> slots = jdbc.query("""
                    select slot_name, plugin, active,
                           pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)::bigint as lag,
                           wal_status, safe_wal_size
                    from pg_replication_slots where slot_type = 'logical' order by slot_name""",
                    (rs, i) -> new Slot(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                            (Long) rs.getObject(4), rs.getString(5), (Long) rs.getObject(6)));
            String keep = jdbc.queryForObject("select current_setting('max_slot_wal_keep_size')", String.class);
            String level = jdbc.queryForObject("select current_setting('wal_level')", String.class);
            return new State(slots, keep, level, null);
        } catch (DataAccessException e) {
            return new State(List.of(), null, null, e.getMostSpecificCause().getMessage());
        }
    }
}
