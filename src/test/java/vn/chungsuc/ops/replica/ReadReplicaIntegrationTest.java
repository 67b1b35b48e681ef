package vn.chungsuc.ops.replica;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The read replica on Debian's PostgreSQL 15 (a primary and a streaming replica made by scripts/replica.sh in a
 * folder of its own): read-only transactions run on the replica, writes and the writer's next reads on the primary,
 * and the reads fall back to the primary when the replica lags (replay paused) or stops, then come back.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadReplicaIntegrationTest {

    static final Path SCRIPT = Path.of("scripts/replica.sh").toAbsolutePath();
    static Path dir;
    static int primaryPort;
    static int replicaPort;
    static String password;

    @BeforeAll
    static void startThePair() throws Exception {
        dir = Files.createTempDirectory("chungsuc-replica-test");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x")); // the server runs as postgres
        primaryPort = freePort();
        replicaPort = freePort();
        script("start");
        password = Files.readString(dir.resolve("run/secrets/app"), StandardCharsets.UTF_8).strip();
    }

    @AfterAll
    static void stopThePair() throws Exception {
        if (dir == null) {
            return;
        }
        try {
            script("stop");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @DynamicPropertySource
    static void databases(DynamicPropertyRegistry r) {
        r.add("spring.datasource.url", () -> url(primaryPort));
        r.add("spring.datasource.username", () -> "chungsuc");
        r.add("spring.datasource.password", () -> password);
        r.add("chungsuc.datasource.replica.url", () -> url(replicaPort));
        r.add("chungsuc.datasource.replica.username", () -> "chungsuc");
        r.add("chungsuc.datasource.replica.password", () -> password);
        r.add("chungsuc.datasource.replica.max-lag", () -> "2s");
        r.add("chungsuc.datasource.replica.check-interval", () -> "200ms");
        r.add("chungsuc.datasource.replica.read-your-writes", () -> "30s");
        r.add("chungsuc.bootstrap.admin-password", () -> "replica-test-admin-1");
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MeterRegistry meters;
    @Autowired ApplicationContext context;

    /** The mock web environment binds a request to each test; a write in it would pin the test's reads. */
    @BeforeEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    @Order(1)
    void readOnlyWorkRunsOnTheReplicaAndWritesOnThePrimary() {
        await("the replica in use", () -> gauge("chungsuc.replica.in.use") == 1);
        assertThat(readOnly("select pg_is_in_recovery()", Boolean.class)).isTrue();
        assertThat(readWrite("select pg_is_in_recovery()", Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("select pg_is_in_recovery()", Boolean.class)).as("outside a transaction").isFalse();
        // Flyway migrated through the primary: its history is there (and replicated)
        assertThat(readOnly("select count(*) from flyway_schema_history where success", Long.class)).isPositive();
        assertThat(gauge("chungsuc.replica.lag")).isBetween(0.0, 2.0);
    }

    @Test
    @Order(2)
    void aRequestThatCommittedAWriteReadsTheRestFromThePrimary() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest("GET", "/")));
        try {
            assertThat(readOnly("select pg_is_in_recovery()", Boolean.class)).as("before the write").isTrue();
            readWrite("select 1", Integer.class);
            assertThat(readOnly("select pg_is_in_recovery()", Boolean.class)).as("after the write").isFalse();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        assertThat(readOnly("select pg_is_in_recovery()", Boolean.class)).as("another request").isTrue();
    }

    @Test
    @Order(3)
    void theWritersNextReadSeesHisWriteOnThePrimaryWhileTheReplicaHasNotReplayedIt() throws Exception {
        readWrite("create table if not exists replica_probe (id int primary key)", null);
        await("the table on the replica", () -> replicaSql("select to_regclass('replica_probe') is not null"));
        replicaSql("select pg_wal_replay_pause()");
        Filter filter = ((FilterRegistrationBean<?>) context.getBean("replicaReadYourWritesFilter")).getFilter();

        MockHttpServletResponse posted = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("POST", "/save"), posted,
                (req, res) -> readWrite("insert into replica_probe values (1)", null));
        Cookie cookie = posted.getCookie("CS_PRIMARY");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getMaxAge()).isEqualTo(30);

        MockHttpServletRequest next = new MockHttpServletRequest("GET", "/page");
        next.setCookies(cookie);
        AtomicReference<List<Object>> seen = new AtomicReference<>();
        filter.doFilter(next, new MockHttpServletResponse(), (req, res) -> seen.set(List.of(
                readOnly("select count(*) from replica_probe where id = 1", Long.class),
                readOnly("select pg_is_in_recovery()", Boolean.class))));
        assertThat(seen.get()).containsExactly(1L, false);
        assertThat(replicaSql("select count(*) = 0 from replica_probe")).as("the replica has not replayed it").isTrue();
    }

    @Test
    @Order(4)
    void aLaggingReplicaSendsTheReadsToThePrimaryUntilItCatchesUp() {
        // replay still paused, with WAL waiting: the lag grows past 2 s
        readWrite("insert into replica_probe values (2)", null);
        await("the lag past max-lag", () -> gauge("chungsuc.replica.lag") > 2.0);
        await("the fallback", () -> gauge("chungsuc.replica.in.use") == 0);
        assertThat(readOnly("select pg_is_in_recovery()", Boolean.class)).isFalse();
        assertThat(readOnly("select count(*) from replica_probe", Long.class)).isEqualTo(2L);

        replicaSql("select pg_wal_replay_resume()");
        await("the replica back", () -> gauge("chungsuc.replica.in.use") == 1);
        assertThat(readOnly("select pg_is_in_recovery()", Boolean.class)).isTrue();
        assertThat(readOnly("select count(*) from replica_probe", Long.class)).isEqualTo(2L);
    }

    @Test
    @Order(5)
    void aStoppedReplicaIsAFallbackNotAnError() throws Exception {
        assertThat(readOnly("select pg_is_in_recovery()", Boolean.class)).isTrue();
        pgCtl("stop", "-m", "fast");
        // at once, before the monitor has noticed: the broken pooled connection is found and the read goes on
        assertThat(readOnly("select count(*) from replica_probe", Long.class)).isEqualTo(2L);
        assertThat(readOnly("select pg_is_in_recovery()", Boolean.class)).isFalse();
        await("the fallback", () -> gauge("chungsuc.replica.in.use") == 0);
        await("the lag unknown", () -> Double.isNaN(gauge("chungsuc.replica.lag")));

        script("start"); // the replica only: the primary runs
        await("the replica back", () -> gauge("chungsuc.replica.in.use") == 1);
        assertThat(readOnly("select pg_is_in_recovery()", Boolean.class)).isTrue();
    }

    @Test
    @Order(6)
    void aPromotedReplicaTakesWritesAndIsNoLongerReadAsACopy() throws Exception {
        readWrite("insert into replica_probe values (3)", null);
        await("row 3 replayed", () -> replicaSql("select count(*) = 3 from replica_probe"));
        script("promote");
        await("promoted", () -> replicaSql("select not pg_is_in_recovery()"));
        // the new primary has everything committed before and takes writes (an application pointed at it works)
        assertThat(replicaSql("insert into replica_probe values (4) returning true")).isTrue();
        assertThat(replicaSql("select count(*) = 4 from replica_probe")).isTrue();
        // this instance, still configured with the old pair, stops reading from a server that is no longer a copy
        await("the fallback", () -> gauge("chungsuc.replica.in.use") == 0);
        assertThat(readOnly("select count(*) from replica_probe", Long.class)).isEqualTo(3L);
    }

    // --- helpers

    <T> T readOnly(String sql, Class<T> type) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.setReadOnly(true);
        return tx.execute(s -> jdbc.queryForObject(sql, type));
    }

    <T> T readWrite(String sql, Class<T> type) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        return tx.execute(s -> {
            if (type == null) {
                jdbc.execute(sql);
                return null;
            }
            return jdbc.queryForObject(sql, type);
        });
    }

    double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    static boolean replicaSql(String sql) {
        try (Connection c = DriverManager.getConnection(url(replicaPort), "chungsuc", password);
                Statement s = c.createStatement()) {
            if (!s.execute(sql)) {
                return true;
            }
            try (ResultSet rs = s.getResultSet()) {
                return rs.next() && (!"bool".equals(rs.getMetaData().getColumnTypeName(1)) || rs.getBoolean(1));
            }
        } catch (Exception e) {
            return false;
        }
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static String url(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/chungsuc";
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void script(String command) throws Exception {
        run(List.of("bash", SCRIPT.toString(), command));
    }

    static void pgCtl(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(List.of("/usr/lib/postgresql/15/bin/pg_ctl", "-D", dir.resolve("run/replica").toString(), "-w"));
        cmd.addAll(List.of(args));
        run(cmd);
    }

    static void run(List<String> cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("REPLICA_RUN_DIR", dir.resolve("run").toString());
        pb.environment().put("REPLICA_PRIMARY_PORT", Integer.toString(primaryPort));
        pb.environment().put("REPLICA_STANDBY_PORT", Integer.toString(replicaPort));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", cmd) + " failed:\n" + out);
        }
    }
}
