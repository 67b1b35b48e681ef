package vn.chungsuc.national.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.indicators.IndicatorFact;
import vn.chungsuc.shared.platform.EmbeddedDatabase;

/**
 * Two province servers and one national server (PostgreSQL, wal_level=logical, on loopback), each migrated with the
 * module's own migrations as the application's role (not a superuser); each province's facts (generated figures of
 * some hundred communes, the indicators' shape) go through the module's {@link FactPublisher} into national_fact;
 * the national server subscribes to both (as its superuser, which CREATE SUBSCRIPTION needs); after replication the
 * national sums per indicator and period equal the provinces' sums, a changed fact shows nationally, the slot lag
 * is read by {@link SlotMonitor}, and the {@link NationalSchemaGate} holds a new column back until the national side
 * has it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalReplicationTest {

    static final List<String> PROVINCES = List.of("38", "40");
    static final List<String> INDICATORS = List.of("ho-ngheo", "nha-tam", "nuoc-sach", "gia-dinh-van-hoa",
            "bao-hiem-y-te");
    static final List<String> PERIODS = List.of("2023", "2024", "2025-H1", "2025");
    static final int COMMUNES = 150;

    final List<EmbeddedDatabase> servers = new ArrayList<>();
    EmbeddedDatabase national;
    final Map<String, EmbeddedDatabase> provinces = new TreeMap<>();
    Path root;

    @BeforeAll
    void start() throws Exception {
        root = Files.createTempDirectory("national-test");
        Map<String, String> config = Map.of("wal_level", "logical", "max_slot_wal_keep_size", "256MB",
                "max_replication_slots", "8", "max_wal_senders", "8");
        for (String name : List.of("national", "38", "40")) {
            EmbeddedDatabase db = EmbeddedDatabase.start(root.resolve(name), root.resolve(name + "-secrets"),
                    EmbeddedDatabase.defaultBinariesFolder(), 0, true, config);
            servers.add(db);
            Flyway.configure().dataSource(db.jdbcUrl(), db.appRole(), db.appPassword())
                    .locations("classpath:db/migration/national").load().migrate();
            if (name.equals("national")) {
                national = db;
            } else {
                provinces.put(name, db);
            }
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (national != null) {
            for (String p : PROVINCES) {
                superuser(national).execute("drop subscription if exists national_" + p);
            }
        }
        for (EmbeddedDatabase db : servers) {
            db.close();
        }
        if (root != null) {
            try (var walk = Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static JdbcTemplate app(EmbeddedDatabase db) {
        return new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl(), db.appRole(), db.appPassword()));
    }

    static JdbcTemplate superuser(EmbeddedDatabase db) {
        return new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl(), "postgres", db.superuserPassword()));
    }

    /** A province's generated figures: per commune, indicator and period a numerator out of a denominator. */
    static List<IndicatorFact> figures(String province, long seed) {
        Random r = new Random(seed);
        List<IndicatorFact> out = new ArrayList<>();
        for (String i : INDICATORS) {
            for (String p : PERIODS) {
                for (int c = 1; c <= COMMUNES; c++) {
                    long households = 800 + r.nextInt(4_000);
                    out.add(new IndicatorFact(i, "Chỉ số " + i, p, province + String.format("%03d", c),
                            r.nextInt((int) households + 1), households));
                }
            }
        }
        return out;
    }

    static FactPublisher.Result publish(EmbeddedDatabase db, String province, List<IndicatorFact> facts) {
        DriverManagerDataSource ds = new DriverManagerDataSource(db.jdbcUrl(), db.appRole(), db.appPassword());
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        Consumer<Consumer<IndicatorFact>> source = facts::forEach;
        return new TransactionTemplate(new DataSourceTransactionManager(ds))
                .execute(s -> new FactPublisher(jdbc).publish(province, source, code -> "Xã " + code));
    }

    static Map<String, long[]> sums(JdbcTemplate jdbc) {
        Map<String, long[]> out = new TreeMap<>();
        jdbc.query("select indicator_code, period, sum(numerator), sum(denominator), count(*) from national_fact "
                + "group by indicator_code, period", rs -> {
                    out.put(rs.getString(1) + "|" + rs.getString(2),
                            new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                });
        return out;
    }

    static void waitFor(java.util.function.BooleanSupplier done, long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (!done.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("replication within %d ms", millis).isLessThan(until);
            Thread.sleep(50);
        }
    }

    @Test
    void theNationalTotalsAreTheSumOfTheProvincesAndFollowAChange() throws Exception {
        long seed = 19;
        for (String p : PROVINCES) {
            FactPublisher.Result r = publish(provinces.get(p), p, figures(p, seed++));
            assertThat(r.inserted()).isEqualTo(INDICATORS.size() * PERIODS.size() * COMMUNES);
        }
        // the same facts again change nothing (only real changes travel)
        FactPublisher.Result again = publish(provinces.get("38"), "38", figures("38", 19));
        assertThat(again.inserted() + again.updated() + again.deleted()).isZero();

        long t0 = System.nanoTime();
        JdbcTemplate su = superuser(national);
        for (String p : PROVINCES) {
            EmbeddedDatabase db = provinces.get(p);
            su.execute("create subscription national_" + p + " connection 'host=127.0.0.1 port=" + db.port()
                    + " dbname=postgres user=postgres password=" + db.superuserPassword()
                    + "' publication chungsuc_national");
        }
        JdbcTemplate nat = app(national);
        int expected = PROVINCES.size() * INDICATORS.size() * PERIODS.size() * COMMUNES;
        waitFor(() -> nat.queryForObject("select count(*) from national_fact", Integer.class) == expected, 60_000);
        System.out.printf("national: initial copy of %d facts from %d provinces in %d ms%n", expected,
                PROVINCES.size(), (System.nanoTime() - t0) / 1_000_000);

        Map<String, long[]> sum = new TreeMap<>();
        for (String p : PROVINCES) {
            sums(app(provinces.get(p))).forEach((k, v) -> sum.merge(k, v.clone(),
                    (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]}));
        }
        Map<String, long[]> there = sums(nat);
        assertThat(there.keySet()).isEqualTo(sum.keySet()).hasSize(INDICATORS.size() * PERIODS.size());
        sum.forEach((k, v) -> assertThat(there.get(k)).as(k).containsExactly(v));

        // a fact changed in a province shows nationally
        List<IndicatorFact> changed = new ArrayList<>(figures("38", 19));
        IndicatorFact f = changed.get(7);
        changed.set(7, new IndicatorFact(f.indicatorCode(), f.indicatorName(), f.period(), f.unitCode(),
                f.denominator(), f.denominator()));
        changed.remove(8);
        long t1 = System.nanoTime();
        FactPublisher.Result r = publish(provinces.get("38"), "38", changed);
        assertThat(r.updated()).isEqualTo(1);
        assertThat(r.deleted()).isEqualTo(1);
        String key = FactPublisher.key(f.indicatorCode(), f.period(), f.unitCode());
        waitFor(() -> Long.valueOf(f.denominator()).equals(nat.queryForObject(
                "select numerator from national_fact where province_code = '38' and fact_key = ?", Long.class, key)),
                30_000);
        waitFor(() -> nat.queryForObject("select count(*) from national_fact", Integer.class) == expected - 1,
                30_000);
        long changeMs = (System.nanoTime() - t1) / 1_000_000;

        for (String p : PROVINCES) {
            SlotMonitor.State s = new SlotMonitor(app(provinces.get(p)), new SimpleMeterRegistry()).read();
            assertThat(s.error()).isNull();
            assertThat(s.slots()).extracting(SlotMonitor.Slot::name).contains("national_" + p);
            assertThat(s.maxSlotWalKeepSize()).isEqualTo("256MB");
            assertThat(s.walLevel()).isEqualTo("logical");
            System.out.printf("national: province %s slot lag %d bytes, wal_status %s%n", p, s.maxLag(),
                    s.slots().get(0).walStatus());
        }
        System.out.printf("national: a changed fact reached the national server in %d ms%n", changeMs);
    }

    @Test
    void aNewColumnIsPublishedOnlyOnceTheNationalSideHasIt() {
        JdbcTemplate province = app(provinces.get("40"));
        province.execute("alter table national_fact add column if not exists source text");
        NationalSchemaGate gate = new NationalSchemaGate(province, null, "", "", "");
        Set<String> nationalColumns = new HashSet<>(app(national).queryForList(
                "select column_name from information_schema.columns where table_name = 'national_fact'",
                String.class));
        NationalSchemaGate.Check held = gate.check(() -> nationalColumns);
        assertThat(held.heldBack()).containsExactly("source");
        assertThat(published(province)).doesNotContain("source");

        nationalColumns.add("source");
        NationalSchemaGate.Check widened = gate.check(() -> nationalColumns);
        assertThat(widened.heldBack()).isEmpty();
        assertThat(published(province)).contains("source", "province_code", "numerator");
        province.execute("alter publication chungsuc_national set table national_fact (province_code, fact_key, "
                + "indicator_code, indicator_name, period, unit_code, unit_name, numerator, denominator, updated_at)");
        province.execute("alter table national_fact drop column source");
    }

    static List<String> published(JdbcTemplate jdbc) {
        return jdbc.queryForList("select unnest(attnames) from pg_publication_tables where pubname = "
                + "'chungsuc_national'", String.class);
    }
}
