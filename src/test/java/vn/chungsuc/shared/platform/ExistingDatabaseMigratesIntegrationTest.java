package vn.chungsuc.shared.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database migrated when each module's folder was listed in application.properties migrates on with today's
 * single recursive location: same versions, same checksums, nothing run twice, nothing refused.
 */
class ExistingDatabaseMigratesIntegrationTest {

    /** The locations as application.properties listed them before modules were found by folder. */
    private static final String[] LISTED_FOLDERS = {"classpath:db/migration/shared", "classpath:db/migration/access",
            "classpath:db/migration/territory", "classpath:db/migration/registry", "classpath:db/migration/campaign",
            "classpath:db/migration/indicators", "classpath:db/migration/recognition",
            "classpath:db/migration/poverty",
            // V6_7 and V6_8, retired since recognition and poverty contribute their indicators: an existing
            // database has run them
            "classpath:db/retired/indicators"};

    @TempDir Path dir;

    @Test
    void aDatabaseMigratedFolderByFolderMigratesOnWithTheRecursiveLocation() throws Exception {
        try (EmbeddedDatabase db = new EmbeddedPostgresConfig().embeddedDatabase(dir.resolve("pg").toString(),
                dir.resolve("secrets").toString(), "", 0, true, false)) {
            DataSource ds = db.postgres().getPostgresDatabase();
            MigrateResult before = Flyway.configure().dataSource(ds).locations(LISTED_FOLDERS).outOfOrder(true)
                    .load().migrate();
            assertThat(before.migrationsExecuted).isGreaterThan(10);
            // The folders hold V6_9 now, which the database of that time had not run: take it back out.
            try (java.sql.Connection c = ds.getConnection(); java.sql.Statement st = c.createStatement()) {
                st.execute("drop table indicators_contributed");
                st.execute("delete from flyway_schema_history where version = '6.9'");
            }

            // The migrations of the modules that came after the folders were listed (plan, evaluation…), counted
            // out of order as the application runs them: a listed folder's own later migration (registry V12) must
            // not hide the later modules' lower versions (V9…V11) as "ignored"
            int later = laterFolders().length == 0 ? 0 : Flyway.configure().dataSource(ds)
                    .locations(laterFolders()).outOfOrder(true).load().info().pending().length;
            Flyway today = Flyway.configure().dataSource(ds).configuration(applicationFlywaySettings()).load();
            MigrateResult after = today.migrate();

            assertThat(after.success).isTrue();
            assertThat(after.migrationsExecuted).as("only what is new since: V6_9 and the later modules")
                    .isEqualTo(1 + later);
            assertThat(today.info().pending()).isEmpty();
            assertThat(today.info().applied()).extracting(m -> String.valueOf(m.getVersion()))
                    .contains("6.7", "6.8", "6.9");
        }
    }

    @Test
    void theRecursiveLocationFindsEveryModulesFolderAndTheRetiredMigrationsNoMore() throws Exception {
        try (EmbeddedDatabase db = new EmbeddedPostgresConfig().embeddedDatabase(dir.resolve("pg").toString(),
                dir.resolve("secrets").toString(), "", 0, true, false)) {
            Flyway today = Flyway.configure().dataSource(db.postgres().getPostgresDatabase())
                    .configuration(applicationFlywaySettings()).load();
            // Every module folder: those once listed (without the retired one) and those of later modules.
            String[] folders = java.util.stream.Stream.concat(
                    java.util.Arrays.stream(LISTED_FOLDERS, 0, LISTED_FOLDERS.length - 1),
                    java.util.Arrays.stream(laterFolders())).toArray(String[]::new);
            Flyway listed = Flyway.configure().dataSource(db.postgres().getPostgresDatabase()).locations(folders).load();
            java.util.List<String> expected = new java.util.ArrayList<>(java.util.Arrays.stream(listed.info().all())
                    .map(m -> m.getVersion() + " " + m.getDescription()).toList());
            expected.removeIf(m -> m.startsWith("6.7 ") || m.startsWith("6.8 "));
            assertThat(expected).hasSizeGreaterThan(15).contains("6.9 indicators contributed");
            assertThat(today.info().all()).extracting(m -> m.getVersion() + " " + m.getDescription())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** The module folders under db/migration that {@link #LISTED_FOLDERS} did not list (modules added since). */
    private static String[] laterFolders() throws Exception {
        java.util.Set<String> listed = java.util.Set.of(LISTED_FOLDERS);
        return java.util.Arrays.stream(new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                        .getResources("classpath*:db/migration/*/*.sql"))
                .map(r -> {
                    try {
                        String url = r.getURL().toString();
                        String folder = url.substring(0, url.lastIndexOf('/'));
                        return "classpath:db/migration/" + folder.substring(folder.lastIndexOf('/') + 1);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .distinct().filter(f -> !listed.contains(f)).sorted().toArray(String[]::new);
    }

    /** The spring.flyway.* settings of application.properties, as Flyway's own configuration keys. */
    private static Properties applicationFlywaySettings() throws Exception {
        Properties app = new Properties();
        try (Reader r = new InputStreamReader(
                ExistingDatabaseMigratesIntegrationTest.class.getResourceAsStream("/application.properties"),
                StandardCharsets.UTF_8)) {
            app.load(r);
        }
        Properties flyway = new Properties();
        for (String name : app.stringPropertyNames()) {
            if (name.startsWith("spring.flyway.")) {
                flyway.setProperty("flyway." + camel(name.substring("spring.flyway.".length())),
                        app.getProperty(name));
            }
        }
        assertThat(flyway).containsKey("flyway.locations");
        return flyway;
    }

    private static String camel(String kebab) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return out.toString();
    }
}
