package vn.chungsuc.shared.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL (zonky binaries) when no {@code spring.datasource.url} is configured, so that a fresh
 * clone runs with one command. Its data folder survives restarts; its passwords are kept beside it
 * ({@code chungsuc.embedded-db.secrets-dir}, by default the data folder's name with {@code -secrets}); the
 * application connects as a role that is not a superuser ({@link EmbeddedDatabase}). After a {@code kill -9} of the
 * JVM the postmaster outlives it; we find it through {@code postmaster.pid} and stop it before starting again.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfig.NoExternalDatabase.class)
class EmbeddedPostgresConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(
            @Value("${chungsuc.embedded-db.data-dir:data/postgres}") String dataDir,
            @Value("${chungsuc.embedded-db.secrets-dir:}") String secretsDir,
            @Value("${chungsuc.embedded-db.binaries-dir:}") String binariesDir,
            @Value("${chungsuc.embedded-db.port:0}") int port,
            @Value("${chungsuc.embedded-db.clean:false}") boolean clean,
            @Value("${chungsuc.embedded-db.durable:true}") boolean durable) throws IOException {
        Path dir = Path.of(dataDir).toAbsolutePath();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("max_connections", "100");
        config.put("shared_buffers", "256MB");
        config.putAll(durability(durable));
        EmbeddedDatabase db = EmbeddedDatabase.start(dir, secretsFolder(dir, secretsDir),
                StringUtils.hasText(binariesDir) ? Path.of(binariesDir) : PgBinaries.defaultFolder(), port, clean,
                config);
        log.info("Embedded PostgreSQL on port {} with data in {}", db.port(), dir);
        return db;
    }

    /** The secrets folder: the one configured, or beside the data folder ({@code data/postgres-secrets}). */
    static Path secretsFolder(Path dataDir, String configured) {
        return StringUtils.hasText(configured) ? Path.of(configured).toAbsolutePath()
                : dataDir.resolveSibling(dataDir.getFileName() + "-secrets");
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase db) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(db.jdbcUrl());
        ds.setUsername(db.appRole());
        ds.setPassword(db.appPassword());
        ds.setMaximumPoolSize(10);
        ds.setPoolName("chungsuc-embedded");
        ds.addDataSourceProperty("reWriteBatchedInserts", "true");
        return ds;
    }

    /**
     * A committed write must survive a power cut: zonky's defaults (made for tests) turn {@code synchronous_commit}
     * off, so the application sets the three durability settings on explicitly. Only a throw-away test database
     * ({@code chungsuc.embedded-db.durable=false}, the test profile) trades them for speed.
     */
    static Map<String, String> durability(boolean durable) {
        String value = durable ? "on" : "off";
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("fsync", value);
        settings.put("synchronous_commit", value);
        settings.put("full_page_writes", value);
        return settings;
    }

    /** A postmaster left running by a killed JVM still holds the data folder: stop it so ours can start. */
    static void stopStalePostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        if (process.isEmpty()) {
            return;
        }
        log.warn("Stopping a stale embedded PostgreSQL (pid {}) left by an earlier run", pid);
        ProcessHandle postmaster = process.get();
        postmaster.destroy(); // SIGTERM: PostgreSQL's smart shutdown; the killed JVM's clients are gone
        try {
            postmaster.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.destroyForcibly();
        }
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
