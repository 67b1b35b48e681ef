package vn.chungsuc.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chungsuc.shared.platform.EmbeddedDatabase;

/**
 * Issue 18, hole 3: the embedded PostgreSQL trusted every local user (any OS user connected as {@code postgres},
 * read {@code registry_person} and ran {@code COPY … TO PROGRAM}). Now every connection gives a password, the
 * application's role is no superuser, the passwords are kept owner-only, the programs are unpacked where only this
 * user writes, and an old trusting data folder is upgraded in place.
 */
class EmbeddedDatabaseSecurityIntegrationTest {

    @TempDir Path dir;

    private EmbeddedDatabase start() throws Exception {
        return EmbeddedDatabase.start(dir.resolve("pg"), dir.resolve("pg-secrets"),
                EmbeddedDatabase.defaultBinariesFolder(), 0, false, Map.of("fsync", "off"));
    }

    @Test
    void aConnectionWithoutPasswordIsRefusedAndTheAppRoleIsNoSuperuser() throws Exception {
        try (EmbeddedDatabase db = start()) {
            String url = db.jdbcUrl();
            // a second OS-level attempt, as any local user could make it: no password, or a guessed one
            for (String user : List.of("postgres", EmbeddedDatabase.APP_ROLE)) {
                assertThatThrownBy(() -> connect(url, user, null)).isInstanceOf(SQLException.class)
                        .hasMessageContaining("password");
                assertThatThrownBy(() -> connect(url, user, "postgres")).isInstanceOf(SQLException.class)
                        .hasMessageContaining("password authentication failed");
            }
            try (Connection c = connect(url, db.appRole(), db.appPassword()); Statement s = c.createStatement()) {
                assertThat(one(s, "select current_user")).isEqualTo("chungsuc");
                assertThat(one(s, "select rolsuper::text || rolcreaterole::text || rolcreatedb::text "
                        + "|| rolreplication::text || rolbypassrls::text from pg_roles where rolname = current_user"))
                        .isEqualTo("falsefalsefalsefalsefalse");
                assertThat(one(s, "select pg_get_userbyid(datdba) from pg_database where datname = current_database()"))
                        .isEqualTo("chungsuc");
                // the application can still do its own work: tables, trusted extensions
                s.execute("create extension if not exists pg_trgm");
                s.execute("create table t (id serial primary key, v text)");
                s.execute("insert into t (v) values ('a')");
                assertThatThrownBy(() -> s.execute("copy (select 1) to program 'id > /dev/null'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> s.execute("select pg_read_file('postgresql.conf')"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> s.execute("create role intruder superuser"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
            try (Connection c = connect(url, "postgres", db.superuserPassword()); Statement s = c.createStatement()) {
                assertThat(one(s, "select string_agg(distinct auth_method, ',') from pg_hba_file_rules"))
                        .isEqualTo("scram-sha-256");
                assertThat(one(s, "select count(*) from pg_authid where rolpassword not like 'SCRAM-SHA-256$%' "
                        + "and rolname in ('postgres', 'chungsuc')")).isEqualTo("0");
            }
            assertThat(Files.readString(db.dataDir().resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^[^#].*trust");
        }
    }

    @Test
    void thePasswordsAreOwnerOnlyAndTheProgramsAreWhereOnlyThisUserWrites() throws Exception {
        try (EmbeddedDatabase db = start()) {
            Path secrets = db.secretsDir();
            assertThat(mode(secrets)).isEqualTo("rwx------");
            for (String f : List.of("postgres-password", "db-password")) {
                assertThat(mode(secrets.resolve(f))).as(f).isEqualTo("rw-------");
                assertThat(Files.readString(secrets.resolve(f)).strip()).hasSizeGreaterThanOrEqualTo(40);
            }
            assertThat(Files.readString(secrets.resolve("db-password")).strip()).isEqualTo(db.appPassword());
            assertThat(mode(db.dataDir())).isEqualTo("rwx------");
            Path bin = EmbeddedDatabase.defaultBinariesFolder();
            assertThat(bin.toString()).doesNotStartWith(System.getProperty("java.io.tmpdir"));
            for (Path p : List.of(bin, bin.getParent())) {
                assertThat(Files.getOwner(p).getName()).isEqualTo(System.getProperty("user.name"));
                assertThat(mode(p)).as(p.toString()).isEqualTo("rwx------");
            }
            try (var pgDirs = Files.list(bin)) {
                assertThat(pgDirs.filter(p -> Files.isExecutable(p.resolve("bin/postgres"))).count()).isPositive();
            }
        }
        // the same passwords on the next start
        String first = Files.readString(dir.resolve("pg-secrets/db-password"));
        try (EmbeddedDatabase db = start()) {
            assertThat(db.appPassword()).isEqualTo(first.strip());
            connect(db.jdbcUrl(), db.appRole(), db.appPassword()).close();
        }
    }

    @Test
    void aTrustingDataFolderOfAnEarlierVersionIsUpgradedInPlace() throws Exception {
        Path pg = dir.resolve("pg");
        // the way earlier versions started: zonky's initdb with trust, everything created by postgres
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setOverrideWorkingDirectory(
                        EmbeddedDatabase.defaultBinariesFolder().toFile())
                .setDataDirectory(pg).setCleanDataDirectory(false).start();
                Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create extension unaccent");
            s.execute("create type level as enum ('low', 'high')");
            s.execute("create table household (id bigserial primary key, name text, lvl level)");
            s.execute("create view household_names as select name from household");
            s.execute("create function touch() returns int language sql as 'select 1'");
            s.execute("insert into household (name, lvl) select 'hộ ' || g, 'low' from generate_series(1, 50) g");
        }
        assertThat(Files.readString(pg.resolve("pg_hba.conf"))).containsPattern("(?m)^host.*trust");

        try (EmbeddedDatabase db = start()) {
            assertThatThrownBy(() -> connect(db.jdbcUrl(), "postgres", null)).isInstanceOf(SQLException.class);
            assertThat(Files.readString(pg.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^[^#].*trust");
            assertThat(mode(db.secretsDir().resolve("postgres-password"))).isEqualTo("rw-------");
            try (Connection c = connect(db.jdbcUrl(), db.appRole(), db.appPassword());
                    Statement s = c.createStatement()) {
                assertThat(one(s, "select count(*) from household_names")).isEqualTo("50");
                s.execute("insert into household (name, lvl) values ('mới', 'high')");
                s.execute("alter table household add column note text");
                s.execute("create or replace function touch() returns int language sql as 'select 2'");
                assertThat(one(s, "select touch()")).isEqualTo("2");
                assertThat(one(s, "select string_agg(distinct pg_get_userbyid(relowner), ',') from pg_class "
                        + "where relnamespace = 'public'::regnamespace and relkind in ('r', 'S', 'v', 'i')"))
                        .isEqualTo("chungsuc");
                assertThat(one(s, "select rolsuper from pg_roles where rolname = current_user")).isEqualTo("f");
            }
        }
    }

    @Test
    void aPasswordProtectedFolderWithoutItsSecretsSaysWhatToDo() throws Exception {
        try (EmbeddedDatabase db = start()) {
            assertThat(db.port()).isPositive();
        }
        for (String f : List.of("postgres-password", "db-password")) {
            Files.delete(dir.resolve("pg-secrets").resolve(f));
        }
        assertThatThrownBy(this::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("secrets").hasMessageContaining("scripts/backup.sh");
    }

    @Test
    void aSecretsFileLeftWithWiderModesIsNarrowed() throws Exception {
        try (EmbeddedDatabase db = start()) {
            Files.setPosixFilePermissions(db.secretsDir().resolve("db-password"),
                    PosixFilePermissions.fromString("rw-r--r--"));
        }
        try (EmbeddedDatabase db = start()) {
            assertThat(mode(db.secretsDir().resolve("db-password"))).isEqualTo("rw-------");
        }
    }

    @Test
    void aProgramsFolderOthersMayWriteIsNarrowedBeforeAnythingRunsFromIt() throws Exception {
        // the shared unpack folder of earlier versions was 0777 without the sticky bit
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path bin = Files.createDirectories(shared.resolve("pg"));
        Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxrwxrwx"));
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("pg"), dir.resolve("pg-secrets"), bin, 0, false,
                Map.of("fsync", "off"))) {
            assertThat(mode(shared)).isEqualTo("rwxr-xr-x");
            assertThat(mode(bin)).isEqualTo("rwx------");
            connect(db.jdbcUrl(), db.appRole(), db.appPassword()).close();
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        return DriverManager.getConnection(url, p);
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

}
