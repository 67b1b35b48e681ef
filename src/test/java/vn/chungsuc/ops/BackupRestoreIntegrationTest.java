package vn.chungsuc.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chungsuc.shared.platform.EmbeddedDatabase;

/**
 * Issue 18, "Backup and restore": scripts/backup.sh takes a running embedded database (with the data folder's
 * secrets) into one archive; scripts/restore.sh puts it into a fresh folder; the database starts on it and every
 * table has the same rows (count and md5 of the rows in text).
 */
class BackupRestoreIntegrationTest {

    @TempDir Path dir;

    private EmbeddedDatabase start(Path data) throws Exception {
        return EmbeddedDatabase.start(data, data.resolveSibling(data.getFileName() + "-secrets"),
                EmbeddedDatabase.defaultBinariesFolder(), 0, false, Map.of());
    }

    @Test
    void aDatabaseBackedUpWhileItIsWrittenRestoresIdenticalWithItsSecrets() throws Exception {
        Path data = dir.resolve("pg");
        Path archive = dir.resolve("backups/b.tar.gz");
        Map<String, String> before;
        try (EmbeddedDatabase db = start(data);
                Connection c = java.sql.DriverManager.getConnection(db.jdbcUrl(), db.appRole(), db.appPassword());
                Statement s = c.createStatement()) {
            s.execute("create table household (id bigserial primary key, name text not null, born date)");
            s.execute("create table person (id bigserial primary key, household bigint references household, "
                    + "name text)");
            s.execute("insert into household (name, born) select 'Hộ ' || g, date '1950-01-01' + g "
                    + "from generate_series(1, 20000) g");
            s.execute("insert into person (household, name) select 1 + g % 20000, 'Người ' || g "
                    + "from generate_series(1, 40000) g");
            // writes go on while the backup runs; what was committed before it started must be in it
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong written = new AtomicLong();
            Thread writer = new Thread(() -> {
                try (Connection w = java.sql.DriverManager.getConnection(db.jdbcUrl(), db.appRole(),
                        db.appPassword()); Statement ws = w.createStatement()) {
                    while (!stop.get()) {
                        ws.execute("insert into person (household, name) values (1, 'trong lúc sao lưu')");
                        written.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.start();
            String out = OpsSupport.script("backup.sh", "--data-dir", data.toString(), "--out", archive.toString());
            stop.set(true);
            writer.join();
            assertThat(out).contains("embedded-online");
            assertThat(written.get()).isPositive();
            s.execute("delete from person where name = 'trong lúc sao lưu'");
            before = OpsSupport.checksums(c);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archive))).isEqualTo("rw-------");

        Path restored = dir.resolve("restored/pg");
        String out = OpsSupport.script("restore.sh", archive.toString(), "--data-dir", restored.toString());
        assertThat(out).contains("ready");
        Path secrets = dir.resolve("restored/pg-secrets");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.resolve("db-password"))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(secrets.resolve("db-password")))
                .isEqualTo(Files.readString(dir.resolve("pg-secrets/db-password")));
        try (EmbeddedDatabase db = start(restored);
                Connection c = java.sql.DriverManager.getConnection(db.jdbcUrl(), db.appRole(), db.appPassword());
                Statement s = c.createStatement()) {
            s.execute("delete from person where name = 'trong lúc sao lưu'");
            Map<String, String> after = OpsSupport.checksums(c);
            assertThat(after).isEqualTo(before).containsKeys("household", "person");
            System.out.println("restore identical: " + after.size() + " tables");
        }
    }

    @Test
    void restoreRefusesAFolderThatIsNotEmptyAndAnArchiveThatDoesNotMatchItsChecksum() throws Exception {
        Path data = dir.resolve("pg");
        Path archive = dir.resolve("b.tar.gz");
        try (EmbeddedDatabase db = start(data)) {
            OpsSupport.script("backup.sh", "--data-dir", data.toString(), "--out", archive.toString());
        }
        OpsSupport.ScriptResult intoItself = OpsSupport.run("restore.sh", archive.toString(), "--data-dir",
                data.toString());
        assertThat(intoItself.exit()).isNotZero();
        assertThat(intoItself.output()).contains("not empty");
        assertThat(data.resolve("PG_VERSION")).exists();

        Files.writeString(archive, "x", java.nio.file.StandardOpenOption.APPEND);
        OpsSupport.ScriptResult damaged = OpsSupport.run("restore.sh", archive.toString(), "--data-dir",
                dir.resolve("fresh").toString());
        assertThat(damaged.exit()).isNotZero();
        assertThat(damaged.output()).contains("sha256");
        assertThat(dir.resolve("fresh")).doesNotExist();
    }

    /**
     * The whole demo, backed up while the application runs, restored into a fresh folder: the same rows in every
     * table, and the application starts on it (heavy: in {@code scripts/test.sh}, or {@code -Dchungsuc.full=true}).
     */
    @Test
    void theRunningDemoRestoresIdenticalAndTheApplicationStartsOnIt() throws Exception {
        assumeTrue(OpsSupport.full(), "heavy: scripts/test.sh (CHUNGSUC_FULL=1)");
        Path data = dir.resolve("demo/pg");
        Path archive = dir.resolve("demo.tar.gz");
        Map<String, String> before;
        try (OpsSupport.App app = OpsSupport.App.start(data, FreePorts.one(), dir.resolve("demo.log"),
                "--spring.profiles.active=demo")) {
            System.out.printf("demo ready in %.1f s%n", app.awaitReady(Duration.ofMinutes(20)));
            try (Connection c = OpsSupport.superuser(data)) {
                // the demo's figures are recounted by event listeners after readiness: the backup is taken once
                // they are done, so that what it must hold is known
                before = OpsSupport.awaitIdle(c, Duration.ofSeconds(5), Duration.ofMinutes(30));
                long t0 = System.nanoTime();
                OpsSupport.script("backup.sh", "--data-dir", data.toString(), "--out", archive.toString());
                System.out.printf("online backup of the running demo in %.1f s (%d MB)%n",
                        (System.nanoTime() - t0) / 1e9, Files.size(archive) >> 20);
                assertThat(OpsSupport.checksums(c)).as("the application was idle during the backup")
                        .isEqualTo(before);
            }
        }
        Path restored = dir.resolve("restored/pg");
        long t0 = System.nanoTime();
        OpsSupport.script("restore.sh", archive.toString(), "--data-dir", restored.toString());
        System.out.printf("restored in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        try (EmbeddedDatabase db = start(restored);
                Connection c = java.sql.DriverManager.getConnection(db.jdbcUrl(), db.appRole(), db.appPassword())) {
            Map<String, String> after = OpsSupport.checksums(c);
            assertThat(after).isEqualTo(before);
            assertThat(after.keySet()).contains("registry_household", "flyway_schema_history");
            System.out.println("restore identical: " + after.size() + " tables");
        }
        try (OpsSupport.App app = OpsSupport.App.start(restored, FreePorts.one(), dir.resolve("restored.log"),
                "--spring.profiles.active=demo")) {
            System.out.printf("restored application ready in %.1f s%n", app.awaitReady(Duration.ofMinutes(10)));
        }
    }
}
