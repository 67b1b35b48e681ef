package vn.chungsuc.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.chungsuc.shared.scope.UnitScope;

/**
 * Imports running in the background for the web page, which polls their progress. The uploaded files (names, birth
 * dates, CCCDs, phones) are kept in the application's own folder ({@code chungsuc.imports.dir}, beside the database's
 * data folder; mode 0700, each file 0600), never the system's temporary folder, so that a dry run can be confirmed
 * without sending them again; they are removed when the job ends (after the real import, or two hours after a dry
 * run) and at start-up. An import that was running when the application was killed is marked "Bị gián đoạn"
 * ({@code INTERRUPTED}) at start-up. A job belongs to the user who started it.
 */
@Component
public class ImportJobs implements DisposableBean {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportJobs.class);
    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_ONLY =
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_FOLDER =
            java.nio.file.attribute.PosixFilePermissions.fromString("rwx------");

    private static final Duration KEEP = Duration.ofHours(2);

    private final Importer importer;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "registry-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    private final vn.chungsuc.shared.time.Today clock;

    private final Path folder;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final Instant booted = Instant.now();

    ImportJobs(Importer importer, vn.chungsuc.shared.time.Today clock,
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            @org.springframework.beans.factory.annotation.Value(
                    "${chungsuc.imports.dir:${chungsuc.embedded-db.data-dir:data/postgres}-imports}") String folder)
            throws IOException {
        this.importer = importer;
        this.clock = clock;
        this.jdbc = jdbc;
        this.folder = Path.of(folder).toAbsolutePath();
        Files.createDirectories(this.folder);
        ownerOnly(this.folder, OWNER_FOLDER);
        removeLeftFiles();
    }

    /** The folder the uploads wait in. */
    public Path folder() {
        return folder;
    }

    private static void ownerOnly(Path path, java.util.Set<java.nio.file.attribute.PosixFilePermission> mode)
            throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, mode);
        }
    }

    /** Files left by a run that never ended (the application was killed): nobody can confirm them any more. */
    private void removeLeftFiles() throws IOException {
        try (var left = Files.list(folder)) {
            for (Path p : left.filter(p -> p.getFileName().toString().startsWith("registry-import-")).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * At start-up, imports that were running when the application stopped can never finish: they become
     * "Bị gián đoạn" instead of "Đang chạy" for ever, and the files they left are removed.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationStartedEvent.class)
    public void markInterrupted() throws IOException {
        int marked = jdbc.sql("update registry_import set status = 'INTERRUPTED', finished_at = now() "
                + "where status = 'RUNNING' and started_at < :booted")
                .param("booted", java.sql.Timestamp.from(booted)).update();
        if (marked > 0) {
            log.warn("{} import(s) were running when the application stopped: marked interrupted", marked);
        }
        removeLeftFiles();
    }

    /** One run (dry or real) over a set of uploaded files. */
    public static final class Job {
        private final String id;
        private final String owner;
        private final List<UploadedFile> files;
        private final String fileName;
        private final boolean dryRun;
        private final Instant started = Instant.now();
        private final ImportProgress progress = new ImportProgress();
        private volatile ImportReport report;

        Job(String id, String owner, List<UploadedFile> files, String fileName, boolean dryRun) {
            this.id = id;
            this.owner = owner;
            this.files = files;
            this.fileName = fileName;
            this.dryRun = dryRun;
        }

        public String id() {
            return id;
        }

        public String fileName() {
            return fileName;
        }

        public boolean dryRun() {
            return dryRun;
        }

        public ImportProgress progress() {
            return progress;
        }

        public Optional<ImportReport> report() {
            return Optional.ofNullable(report);
        }

        public boolean finished() {
            return report != null;
        }

        public Instant started() {
            return started;
        }
    }

    /** Saves the uploads to the imports folder, readable by the application alone (the request's copies vanish). */
    public List<UploadedFile> save(List<MultipartFile> uploads) throws IOException {
        List<UploadedFile> files = new ArrayList<>();
        for (MultipartFile upload : uploads) {
            if (upload == null || upload.isEmpty()) {
                continue;
            }
            String name = upload.getOriginalFilename() == null ? "tep" : Path.of(upload.getOriginalFilename())
                    .getFileName().toString();
            // Created 0600 and written in place (a copy that replaces the file would recreate it 0644).
            Path path = Files.createTempFile(folder, "registry-import-", name.toLowerCase(Locale.ROOT)
                    .endsWith(".csv") ? ".csv" : ".xlsx");
            ownerOnly(path, OWNER_ONLY);
            try (InputStream in = upload.getInputStream();
                    var out = Files.newOutputStream(path, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                in.transferTo(out);
            } catch (IOException e) {
                Files.deleteIfExists(path);
                throw e;
            }
            files.add(new UploadedFile(path, name));
        }
        return files;
    }

    public static String displayName(List<UploadedFile> files) {
        return String.join(", ", files.stream().map(UploadedFile::name).toList());
    }

    /** Runs now, in the caller's thread (the API). The files are removed afterwards. */
    public ImportReport runNow(List<UploadedFile> files, boolean dryRun, UnitScope scope, Locale locale) {
        try {
            return importer.run(request(UUID.randomUUID().toString(), files, dryRun, scope, locale),
                    new ImportProgress());
        } finally {
            delete(files);
        }
    }

    /** Starts a run in the background; the files stay for a confirmation when it is a dry run. */
    public Job start(List<UploadedFile> files, boolean dryRun, UnitScope scope, Locale locale) {
        prune();
        String id = UUID.randomUUID().toString();
        Job job = new Job(id, actor(), files, displayName(files), dryRun);
        jobs.put(id, job);
        Importer.Request request = request(id, files, dryRun, scope, locale);
        SecurityContext context = SecurityContextHolder.getContext();
        executor.submit(() -> {
            SecurityContextHolder.setContext(context);
            try {
                job.report = importer.run(request, job.progress);
            } catch (RuntimeException e) {
                job.report = new ImportReport(id, job.fileName, dryRun, ImportReport.Status.FAILED, 0, 0, 0, 0, 0,
                        0, 1, List.of(new RowError("", 0, "", String.valueOf(e.getMessage()))), 0);
            } finally {
                SecurityContextHolder.clearContext();
                if (!dryRun) {
                    delete(files);
                }
            }
        });
        return job;
    }

    /** The real import of the files a finished dry run checked. */
    public Optional<Job> confirm(String dryRunId, UnitScope scope, Locale locale) {
        return find(dryRunId).filter(j -> j.dryRun && j.finished() && j.report.ok())
                .filter(j -> j.files.stream().allMatch(f -> Files.exists(f.path())))
                .map(j -> {
                    jobs.remove(dryRunId);
                    return start(j.files, false, scope, locale);
                });
    }

    /** The job if it exists and belongs to the current user. */
    public Optional<Job> find(String id) {
        Job job = id == null ? null : jobs.get(id);
        return Optional.ofNullable(job).filter(j -> j.owner.equals(actor()));
    }

    private Importer.Request request(String id, List<UploadedFile> files, boolean dryRun, UnitScope scope,
            Locale locale) {
        return new Importer.Request(id, files, displayName(files), dryRun, scope, actor(), locale,
                clock.date());
    }

    private void prune() {
        Instant limit = Instant.now().minus(KEEP);
        jobs.values().removeIf(j -> {
            if (j.finished() && j.started.isBefore(limit)) {
                delete(j.files);
                return true;
            }
            return false;
        });
    }

    private static void delete(List<UploadedFile> files) {
        for (UploadedFile f : files) {
            try {
                Files.deleteIfExists(f.path());
            } catch (IOException ignored) {
                // a temporary file; the system cleans its folder anyway
            }
        }
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
        jobs.values().forEach(j -> delete(j.files));
    }
}
