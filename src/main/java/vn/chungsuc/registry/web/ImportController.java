package vn.chungsuc.registry.web;

import org.springframework.security.access.prepost.PreAuthorize;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.chungsuc.registry.domain.HouseholdCommands;
import vn.chungsuc.registry.importing.ImportJobs;
import vn.chungsuc.registry.importing.Importer;
import vn.chungsuc.registry.importing.TemplateWorkbook;
import vn.chungsuc.registry.importing.UploadedFile;

/**
 * The import page: download the template, upload a file (a dry run starts at once), watch its progress (the page
 * polls the job every second with htmx), read the report of bad rows, then confirm the real import.
 */
@Controller
@RequestMapping("/registry/imports")
class ImportController {

    /** Bad rows shown on the page (all are counted; the API returns up to {@link Importer#MAX_ERRORS}). */
    static final int SHOWN = 200;

    private final ImportJobs jobs;
    private final JdbcClient jdbc;
    private final WebSupport web;

    ImportController(ImportJobs jobs, JdbcClient jdbc, WebSupport web) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.web = web;
    }

    /** A past run, for the list under the form. */
    record PastImport(String fileName, boolean dryRun, String startedBy, Instant startedAt, String status,
            int householdsAdded, int householdsUpdated, int personsAdded, int personsUpdated, int errors) {
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("section", "import");
        model.addAttribute("past", past());
        model.addAttribute("shown", SHOWN);
        return "registry/imports";
    }

    private List<PastImport> past() {
        boolean everything = web.scope().everything();
        return jdbc.sql("""
                        select file_name, dry_run, started_by, started_at, status, households_added, households_updated,
                               persons_added, persons_updated, errors
                        from registry_import where dry_run = false and (:all or started_by = :me)
                        order by started_at desc limit 10""")
                .param("all", everything)
                .param("me", org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .getAuthentication().getName())
                .query((rs, i) -> new PastImport(rs.getString("file_name"), rs.getBoolean("dry_run"),
                        rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
                        rs.getString("status"), rs.getInt("households_added"), rs.getInt("households_updated"),
                        rs.getInt("persons_added"), rs.getInt("persons_updated"), rs.getInt("errors")))
                .list();
    }

    @GetMapping("/template")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + UriUtils.encode(TemplateWorkbook.FILE_NAME, StandardCharsets.UTF_8));
        TemplateWorkbook.write(response.getOutputStream());
    }

    @PostMapping
    @PreAuthorize("@registryPermissions.may('household.edit')")
    String upload(@RequestParam(value = "file", required = false) List<MultipartFile> files,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) throws IOException {
        List<UploadedFile> saved = jobs.save(files == null ? List.of() : files);
        if (saved.isEmpty()) {
            if (htmx != null) {
                model.addAttribute("noFile", true);
                model.addAttribute("shown", SHOWN);
                return "registry/imports :: job";
            }
            redirect.addFlashAttribute("flashError", web.msg("registry.import.file.none"));
            return "redirect:/registry/imports";
        }
        ImportJobs.Job job = jobs.start(saved, true, web.scope(), LocaleContextHolder.getLocale());
        return show(job, htmx, model);
    }

    @GetMapping("/{id}")
    String job(@PathVariable String id, @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        return show(find(id), htmx, model);
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize("@registryPermissions.may('household.edit')")
    String confirm(@PathVariable String id, @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model, RedirectAttributes redirect) {
        Optional<ImportJobs.Job> job = jobs.confirm(id, web.scope(), LocaleContextHolder.getLocale());
        if (job.isEmpty()) {
            redirect.addFlashAttribute("flashError", web.msg("registry.import.expired"));
            return "redirect:/registry/imports";
        }
        return show(job.get(), htmx, model);
    }

    private String show(ImportJobs.Job job, String htmx, Model model) {
        model.addAttribute("job", job);
        model.addAttribute("shown", SHOWN);
        if (htmx != null) {
            return "registry/imports :: job";
        }
        model.addAttribute("section", "import");
        model.addAttribute("past", past());
        return "registry/imports";
    }

    private ImportJobs.Job find(String id) {
        return jobs.find(id).orElseThrow(() -> new HouseholdCommands.NotFound("import " + id));
    }
}
