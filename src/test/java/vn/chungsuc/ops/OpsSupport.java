package vn.chungsuc.ops;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** What the operations tests share: the application as a separate process, the scripts, table checksums. */
public final class OpsSupport {

    private OpsSupport() {
    }

    /**
     * Whether the heavy operations tests run: {@code scripts/test.sh} (what CI runs) sets {@code CHUNGSUC_FULL=1}
     * unless told {@code CHUNGSUC_FULL=0}; a bare {@code mvn verify} leaves them out, as does {@code -Dchungsuc.full=false}.
     */
    public static boolean full() {
        String property = System.getProperty("chungsuc.full");
        if (property != null) {
            return "true".equals(property);
        }
        return "1".equals(System.getenv("CHUNGSUC_FULL"));
    }

    /** The application started with {@code java -cp} (main classes and libraries, not the tests'), like bench/run.sh. */
    static final class App implements AutoCloseable {
        final Process process;
        final int port;
        final Path log;

        private App(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
        }

        static App start(Path dataDir, int port, Path log, String... extra) throws IOException {
            String cp = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(e -> !e.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
            List<String> cmd = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp", cp,
                    "vn.chungsuc.ChungSucApplication", "--server.port=" + port,
                    "--chungsuc.embedded-db.data-dir=" + dataDir, "--spring.main.banner-mode=off",
                    "--chungsuc.indicators.warm-up.max-seconds=0"));
            cmd.addAll(List.of(extra));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            // a test JVM that ends early (a timeout, Ctrl-C) stops the application too, gracefully, so that its
            // embedded PostgreSQL stops with it
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (p.isAlive()) {
                    p.destroy();
                    try {
                        p.waitFor(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }));
            return new App(p, port, log);
        }

        /** Waits until readiness is UP; answers the seconds it took. */
        double awaitReady(Duration max) throws Exception {
            long t0 = System.nanoTime();
            long deadline = t0 + max.toNanos();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("the application stopped:\n" + tail());
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("UP")) {
                        return (System.nanoTime() - t0) / 1e9;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            throw new AssertionError("not ready within " + max + ":\n" + tail());
        }

        String tail() throws IOException {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }

        void kill9() throws Exception {
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful stop of the embedded PostgreSQL
            process.waitFor(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws Exception {
            if (process.isAlive()) {
                process.destroy(); // SIGTERM: graceful
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    /** Runs a script of scripts/ and answers its output; fails with the output when it exits non-zero. */
    static String script(String name, String... args) throws Exception {
        ScriptResult r = run(name, args);
        if (r.exit != 0) {
            throw new AssertionError(name + " exited " + r.exit + ":\n" + r.output);
        }
        return r.output;
    }

    record ScriptResult(int exit, String output) {
    }

    static ScriptResult run(String name, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", Path.of("scripts", name).toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(name + " did not end");
        }
        return new ScriptResult(p.exitValue(), out);
    }

    /** The superuser's connection to an embedded database that runs on {@code dataDir}. */
    static Connection superuser(Path dataDir) throws Exception {
        List<String> pid = Files.readAllLines(dataDir.resolve("postmaster.pid"));
        String password = Files.readString(dataDir.resolveSibling(dataDir.getFileName() + "-secrets")
                .resolve("postgres-password")).strip();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres",
                "postgres", password);
    }

    /**
     * Waits until the application has finished what it does after it says it is ready (its event listeners run
     * after the demo's transactions, asynchronously: figures are recounted for minutes on a loaded machine): no
     * other session in a transaction, the event publications outstanding no fewer than a moment before (one whose
     * listener failed stays outstanding for ever), and every table's checksum the same on two reads {@code quiet}
     * apart. Answers those checksums; fails after {@code max}, saying what was still going on.
     */
    static Map<String, String> awaitIdle(Connection c, Duration quiet, Duration max) throws Exception {
        long t0 = System.nanoTime();
        long deadline = t0 + max.toNanos();
        Map<String, String> last = null;
        long outstanding = -1;
        String doing = "";
        while (System.nanoTime() < deadline) {
            doing = one(c, """
                    select coalesce(string_agg(state || ' ' || (now() - xact_start) || ': ' || left(query, 100),
                        '; '), '') from pg_stat_activity where backend_type = 'client backend'
                    and pid <> pg_backend_pid() and (state = 'active' or state like 'idle in transaction%')""");
            long now = Long.parseLong(one(c, "select count(*) from event_publication where completion_date is null"));
            if (!doing.isEmpty() || now != outstanding) {
                outstanding = now;
                last = null;
                Thread.sleep(1000);
                continue;
            }
            Map<String, String> sums = checksums(c);
            if (sums.equals(last)) {
                System.out.printf("application idle after %.1f s (%d event publications outstanding)%n",
                        (System.nanoTime() - t0) / 1e9, outstanding);
                return sums;
            }
            last = sums;
            Thread.sleep(quiet.toMillis());
        }
        throw new AssertionError("the application was still writing after " + max + ": " + doing + " ("
                + outstanding + " event publications outstanding)");
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Every table of public: its row count and the md5 of its rows in text, sorted. */
    static Map<String, String> checksums(Connection c) throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String t : tables) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) || ' ' || "
                    + "md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) from public.\"" + t + "\" t")) {
                rs.next();
                sums.put(t, rs.getString(1));
            }
        }
        return sums;
    }
}
