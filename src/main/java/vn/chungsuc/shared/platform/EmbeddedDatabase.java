package vn.chungsuc.shared.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL, hardened: no connection without a password, the application not a superuser.
 *
 * <ul>
 *   <li>The first start runs {@code initdb} itself with {@code scram-sha-256} for local and host connections and a
 *   generated superuser password ({@link DatabaseSecrets}: {@code <data>-secrets/postgres-password}, 0600); no
 *   moment exists in which the server trusts anyone.</li>
 *   <li>The application connects as {@value #APP_ROLE} ({@code NOSUPERUSER NOCREATEROLE NOCREATEDB}, password in
 *   {@code db-password}), owner of the database {@value #DATABASE}, of its schema {@code public} and of every table,
 *   sequence, view, function and type in it: Flyway runs as that role too. It cannot read files of the server
 *   or run programs ({@code COPY … TO PROGRAM}).</li>
 *   <li>A data folder of an earlier version ({@code trust} in {@code pg_hba.conf}, everything owned by
 *   {@code postgres}) is upgraded in place at start: passwords set, ownership handed to the role, {@code pg_hba.conf}
 *   rewritten, configuration reloaded.</li>
 *   <li>The programs are unpacked in a folder only this user may write ({@link PgBinaries}).</li>
 * </ul>
 * After a {@code kill -9} of the JVM the postmaster outlives it; it is found through {@code postmaster.pid} and
 * stopped before starting again.
 */
public final class EmbeddedDatabase implements Closeable {

    /** The role the application connects as. */
    public static final String APP_ROLE = "chungsuc";
    /** The database the application's tables are in (the cluster's first database, kept for older folders). */
    public static final String DATABASE = "postgres";
    static final String SUPERUSER = "postgres";

    /** Every connection, over the socket or TCP, gives a password; nothing is trusted. */
    static final String HBA = """
            # Written by Chung Sức at every start: every connection gives a password (scram-sha-256), nothing is trusted.
            # TYPE  DATABASE     USER  ADDRESS       METHOD
            local   all          all                 scram-sha-256
            host    all          all   127.0.0.1/32  scram-sha-256
            host    all          all   ::1/128       scram-sha-256
            local   replication  all                 scram-sha-256
            host    replication  all   127.0.0.1/32  scram-sha-256
            host    replication  all   ::1/128       scram-sha-256
            """;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres pg;
    private final Path dataDir;
    private final DatabaseSecrets secrets;
    private final boolean clean;
    private final String appPassword;

    private EmbeddedDatabase(EmbeddedPostgres pg, Path dataDir, DatabaseSecrets secrets, boolean clean,
            String appPassword) {
        this.pg = pg;
        this.dataDir = dataDir;
        this.secrets = secrets;
        this.clean = clean;
        this.appPassword = appPassword;
    }

    /**
     * Starts (after creating or upgrading) the database in {@code dataDir}, with its passwords in {@code secretsDir}
     * and its programs in {@code binariesDir}. {@code clean}: a throw-away database, made anew and deleted on close
     * (tests). {@code serverConfig}: settings passed to the server.
     */
    public static EmbeddedDatabase start(Path dataDir, Path secretsDir, Path binariesDir, int port, boolean clean,
            Map<String, String> serverConfig) throws IOException {
        dataDir = dataDir.toAbsolutePath();
        secretsDir = secretsDir.toAbsolutePath();
        binariesDir = binariesDir.toAbsolutePath();
        Files.createDirectories(dataDir);
        EmbeddedPostgresConfig.stopStalePostmaster(dataDir);
        if (clean) {
            PgBinaries.deleteFolder(dataDir);
            PgBinaries.deleteFolder(secretsDir);
            Files.createDirectories(dataDir);
        }
        Path pgDir = PgBinaries.prepare(binariesDir);
        if (System.getProperty("ot.epg.working-dir") == null) {
            // zonky also creates (and sweeps) a "parent" folder, by default in the shared temporary folder
            System.setProperty("ot.epg.working-dir", binariesDir.toString());
        }
        DatabaseSecrets secrets = new DatabaseSecrets(secretsDir);
        boolean fresh = !Files.exists(dataDir.resolve("postgresql.conf"));
        if (!fresh && !secrets.hasSuperuserPassword() && !trusts(dataDir)) {
            throw new IllegalStateException("The database in " + dataDir + " asks for passwords, but its secrets "
                    + "folder " + secretsDir + " has none: put back the secrets folder of this data folder (a backup "
                    + "made with scripts/backup.sh holds it)");
        }
        String superPassword = secrets.superuserPassword();
        String appPassword = secrets.appPassword();
        if (fresh) {
            initdb(pgDir, dataDir, secrets.superuserFile());
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binariesDir.toFile())
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setConnectConfig("password", superPassword)
                .setPGStartupWait(Duration.ofSeconds(60))
                // Spring closes the bean after the application is done with the database; the library's own
                // shutdown hook would stop it while Spring is still closing (and waiting for connections).
                .setRegisterShutdownHook(false)
                .setServerConfig("password_encryption", "scram-sha-256");
        serverConfig.forEach(builder::setServerConfig);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres pg = builder.start();
        EmbeddedDatabase db = new EmbeddedDatabase(pg, dataDir, secrets, clean, appPassword);
        try {
            db.harden(superPassword);
        } catch (SQLException | IOException | RuntimeException e) {
            db.close();
            throw new IllegalStateException("cannot secure the embedded database in " + dataDir, e);
        }
        return db;
    }

    /** Where the programs are unpacked unless configured: {@code ~/.cache/chungsuc/pg-<version>}, owner-only. */
    public static Path defaultBinariesFolder() {
        return PgBinaries.defaultFolder();
    }

    /** The folder given to {@code initdb}: only the programs, the password file, no trust at any moment. */
    private static void initdb(Path pgDir, Path dataDir, Path passwordFile) throws IOException {
        List<String> command = new ArrayList<>();
        if (io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()) {
            // as root, initdb refuses to run: like the library itself, run it in a user namespace of its own
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgDir.resolve("bin/initdb").toString(),
                "--auth=scram-sha-256", "--username=" + SUPERUSER, "--pwfile=" + passwordFile,
                "--encoding=UTF-8", "-D", dataDir.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("initdb failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while initdb ran", e);
        }
        log.info("Created the embedded database in {} (passwords in the secrets folder)", dataDir);
    }

    /** Whether {@code pg_hba.conf} lets anyone in without a password (a folder of an earlier version). */
    static boolean trusts(Path dataDir) throws IOException {
        Path hba = dataDir.resolve("pg_hba.conf");
        if (!Files.exists(hba)) {
            return false;
        }
        for (String line : Files.readAllLines(hba, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (!l.startsWith("#") && l.matches("(?i).*\\s(trust|password)(\\s.*)?$")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sets both passwords, makes the application's role (never a superuser) owner of the database and of what is in
     * {@code public}, then rewrites {@code pg_hba.conf} and reloads: the order matters, a password must exist before
     * the server asks for it.
     */
    private void harden(String superPassword) throws SQLException, IOException {
        boolean upgrade = trusts(dataDir);
        try (Connection c = DriverManager.getConnection(superuserJdbcUrl(), SUPERUSER, superPassword);
                Statement s = c.createStatement()) {
            s.execute("alter role " + SUPERUSER + " with password " + literal(superPassword));
            s.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + APP_ROLE + "') then "
                    + "create role " + APP_ROLE + "; end if; end $$");
            s.execute("alter role " + APP_ROLE + " with login nosuperuser nocreaterole nocreatedb noreplication "
                    + "nobypassrls password " + literal(appPassword));
            s.execute("alter database " + DATABASE + " owner to " + APP_ROLE);
            s.execute("alter schema public owner to " + APP_ROLE);
            s.execute(REASSIGN_PUBLIC);
            Path hba = dataDir.resolve("pg_hba.conf");
            String now = Files.exists(hba) ? Files.readString(hba, StandardCharsets.UTF_8) : "";
            if (!now.equals(HBA)) {
                Path tmp = dataDir.resolve("pg_hba.conf.new");
                Files.writeString(tmp, HBA, StandardCharsets.UTF_8);
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                Files.move(tmp, hba, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                s.execute("select pg_reload_conf()");
                if (upgrade) {
                    log.warn("The embedded database in {} trusted local connections (an earlier version): it asks "
                            + "for passwords now (kept in {}), and the application connects as '{}'", dataDir,
                            secrets.folder(), APP_ROLE);
                }
            }
        }
    }

    /** Hands every table, view, sequence, function and type of {@code public} to the role (not an extension's). */
    private static final String REASSIGN_PUBLIC = """
            do $$
            declare r record;
            begin
              for r in select c.oid::regclass as obj, c.relkind from pg_class c
                         join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
                          and pg_get_userbyid(c.relowner) <> '%1$s'
                          and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                             and d.objid = c.oid and d.deptype = 'e')
                          and not (c.relkind = 'S' and exists (select 1 from pg_depend d
                                     where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                       and d.deptype in ('a', 'i')))
              loop
                execute format('alter %%s %%s owner to %1$s', case r.relkind when 'S' then 'sequence'
                  when 'v' then 'view' when 'm' then 'materialized view' when 'f' then 'foreign table'
                  else 'table' end, r.obj);
              end loop;
              for r in select p.oid::regprocedure as obj, p.prokind from pg_proc p
                         join pg_namespace n on n.oid = p.pronamespace
                        where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> '%1$s'
                          and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass
                                             and d.objid = p.oid and d.deptype = 'e')
              loop
                execute format('alter %%s %%s owner to %1$s', case r.prokind when 'p' then 'procedure'
                  when 'a' then 'aggregate' else 'function' end, r.obj);
              end loop;
              for r in select t.oid::regtype as obj, t.typtype from pg_type t
                         join pg_namespace n on n.oid = t.typnamespace
                        where n.nspname = 'public' and pg_get_userbyid(t.typowner) <> '%1$s'
                          and t.typtype in ('e', 'd', 'r', 'c') and t.typelem = 0
                          and (t.typrelid = 0 or exists (select 1 from pg_class c where c.oid = t.typrelid
                                                          and c.relkind = 'c'))
                          and not exists (select 1 from pg_depend d where d.classid = 'pg_type'::regclass
                                             and d.objid = t.oid and d.deptype = 'e')
                          and not exists (select 1 from pg_depend d where d.classid = 'pg_type'::regclass
                                             and d.objid = t.oid and d.deptype = 'i')
              loop
                execute format('alter %%s %%s owner to %1$s', case r.typtype when 'd' then 'domain'
                  else 'type' end, r.obj);
              end loop;
            end $$
            """.formatted(APP_ROLE);

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** The application's connection: role {@value #APP_ROLE}, database {@value #DATABASE}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + DATABASE;
    }

    private String superuserJdbcUrl() {
        return jdbcUrl();
    }

    public String appRole() {
        return APP_ROLE;
    }

    public String appPassword() {
        return appPassword;
    }

    /** The superuser's password (backups, maintenance): read from the secrets folder. */
    public String superuserPassword() {
        return secrets.superuserPassword();
    }

    public int port() {
        return pg.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path secretsDir() {
        return secrets.folder();
    }

    /** The library's handle (its data sources connect as the superuser, with the password). */
    public EmbeddedPostgres postgres() {
        return pg;
    }

    @Override
    public void close() throws IOException {
        pg.close();
        if (clean) {
            PgBinaries.deleteFolder(dataDir);
            PgBinaries.deleteFolder(secrets.folder());
        }
    }
}
