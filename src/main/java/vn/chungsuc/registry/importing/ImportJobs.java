package vn.chungsuc.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * Imports running in the background for the web page, which polls their progress. The uploaded files are kept in
 * a temporary folder so that a dry run can be confirmed without sending them again; they are removed after the
 * real import, or two hours later. A job belongs to the user who started it.
 */
@Component
public class ImportJobs implements DisposableBean {

    private static final Duration KEEP = Duration.ofHours(2);

    private final Importer importer;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "registry-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    private final vn.chungsuc.shared.time.Today clock;

    ImportJobs(Importer importer, vn.chungsuc.shared.time.Today clock) {
        this.importer = importer;
        this.clock = clock;
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

    /** Saves the uploads to temporary files (the request's copies vanish when it ends). */
    public static List<UploadedFile> save(List<MultipartFile> uploads) throws IOException {
        List<UploadedFile> files = new ArrayList<>();
        for (MultipartFile upload : uploads) {
            if (upload == null || upload.isEmpty()) {
                continue;
            }
            String name = upload.getOriginalFilename() == null ? "tep" : Path.of(upload.getOriginalFilename())
                    .getFileName().toString();
            Path path = Files.createTempFile("registry-import-", name.toLowerCase(Locale.ROOT).endsWith(".csv")
                    ? ".csv" : ".xlsx");
            try (InputStream in = upload.getInputStream()) {
                Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
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
