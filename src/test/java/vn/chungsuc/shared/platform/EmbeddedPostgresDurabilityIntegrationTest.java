package vn.chungsuc.shared.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database of the application keeps what it committed; only the test profile's may lose it. */
class EmbeddedPostgresDurabilityIntegrationTest {

    @TempDir Path dir;

    @Test
    void theApplicationsEmbeddedDatabaseCommitsDurably() throws Exception {
        try (EmbeddedDatabase db = new EmbeddedPostgresConfig().embeddedDatabase(dir.resolve("pg").toString(),
                dir.resolve("secrets").toString(), "", 0, false, true);
                Connection c = db.postgres().getPostgresDatabase().getConnection()) {
            assertThat(setting(c, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(c, "fsync")).isEqualTo("on");
            assertThat(setting(c, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void aThrowAwayTestDatabaseTradesDurabilityForSpeed() throws Exception {
        try (EmbeddedDatabase db = new EmbeddedPostgresConfig().embeddedDatabase(dir.resolve("pg").toString(),
                dir.resolve("secrets").toString(), "", 0, true, false);
                Connection c = db.postgres().getPostgresDatabase().getConnection()) {
            assertThat(setting(c, "synchronous_commit")).isEqualTo("off");
            assertThat(setting(c, "fsync")).isEqualTo("off");
        }
    }

    private static String setting(Connection c, String name) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
