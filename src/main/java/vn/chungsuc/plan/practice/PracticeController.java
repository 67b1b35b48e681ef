package vn.chungsuc.plan.practice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.shared.documents.XlsxTable;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.web.Downloads;

/** The pages of pilot residential areas and good practices, with the Excel list of good practices. */
@Controller
@PreAuthorize("@planPermissions.may('practice.view')")
class PracticeController {

    private final Practices practices;
    private final MessageSource messages;

    PracticeController(Practices practices, MessageSource messages) {
        this.practices = practices;
        this.messages = messages;
    }

    // ---- pilots

    @GetMapping("/plan/pilots")
    String pilots(@RequestParam(required = false) Long programme, Model model) {
        ProgrammeView p = practices.programme(programme);
        model.addAttribute("programme", p);
        model.addAttribute("rows", practices.pilots(p));
        return "plan/pilots";
    }

    @GetMapping("/plan/pilots/new")
    String newPilot(@RequestParam(required = false) Long programme, @RequestParam String commune, Model model) {
        ProgrammeView p = practices.programme(programme);
        return pilotForm(model, p, commune, "", "", "", List.of());
    }

    @PostMapping("/plan/pilots")
    String choose(@RequestParam long programme, @RequestParam(defaultValue = "") String commune,
            @RequestParam(defaultValue = "") String area, @RequestParam(defaultValue = "") String chosenOn,
            @RequestParam(defaultValue = "") String plan, Model model, RedirectAttributes redirect) {
        ProgrammeView p = practices.programme(programme);
        try {
            long id = practices.choosePilot(p, commune, area, chosenOn, plan);
            redirect.addFlashAttribute("notice", text("plan.pilot.saved"));
            return "redirect:/plan/pilots/" + id;
        } catch (Refused refused) {
            return pilotForm(model, p, commune, area, chosenOn, plan, errors(refused));
        }
    }

    private String pilotForm(Model model, ProgrammeView p, String commune, String area, String chosenOn, String plan,
            List<String> errors) {
        var row = practices.pilots(p).stream().filter(r -> r.commune().code().equals(commune)).findFirst()
                .orElseThrow(() -> new vn.chungsuc.plan.domain.NotFound("commune", "plan.pilot.commune.invalid"));
        if (!row.mayRecord()) {
            throw new org.springframework.security.access.AccessDeniedException("may not choose for " + commune);
        }
        model.addAttribute("programme", p);
        model.addAttribute("commune", row.commune());
        model.addAttribute("areas", practices.areas(commune, practices.programmeDay(p)));
        model.addAttribute("area", area);
        model.addAttribute("chosenOn", chosenOn);
        model.addAttribute("planText", plan);
        model.addAttribute("errors", errors);
        return "plan/pilot-form";
    }

    @GetMapping("/plan/pilots/{id}")
    String pilot(@PathVariable long id, Model model) {
        Practices.Pilot pilot = practices.pilot(id);
        model.addAttribute("pilot", pilot);
        model.addAttribute("programme", practices.programme(pilot.programmeId()));
        model.addAttribute("checks", practices.checks(id));
        model.addAttribute("mayRecord", practices.mayRecord(pilot));
        model.addAttribute("verdicts", Practices.Verdict.values());
        model.addAttribute("practices", practices.search("", false).stream()
                .filter(x -> Long.valueOf(id).equals(x.pilotId())).toList());
        return "plan/pilot";
    }

    @PostMapping("/plan/pilots/{id}/checks")
    String check(@PathVariable long id, @RequestParam(defaultValue = "") String checkedOn,
            @RequestParam(defaultValue = "") String checkedBy, @RequestParam(defaultValue = "") String findings,
            RedirectAttributes redirect) {
        try {
            practices.addCheck(id, checkedOn, checkedBy, findings);
            redirect.addFlashAttribute("notice", text("plan.pilot.check.saved"));
        } catch (Refused refused) {
            redirect.addFlashAttribute("errors", errors(refused));
        }
        return "redirect:/plan/pilots/" + id;
    }

    @PostMapping("/plan/pilots/{id}/verdict")
    String verdict(@PathVariable long id, @RequestParam(defaultValue = "") String verdict,
            @RequestParam(defaultValue = "") String verdictNote, @RequestParam(defaultValue = "") String verdictOn,
            RedirectAttributes redirect) {
        try {
            practices.verdict(id, verdict, verdictNote, verdictOn);
            redirect.addFlashAttribute("notice", text("plan.pilot.verdict.saved"));
        } catch (Refused refused) {
            redirect.addFlashAttribute("errors", errors(refused));
        }
        return "redirect:/plan/pilots/" + id;
    }

    // ---- good practices

    @GetMapping("/plan/practices")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean replicate,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", practices.practices(q, replicate, page));
        model.addAttribute("q", q);
        model.addAttribute("replicate", replicate);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("queryRest", "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&replicate="
                + replicate);
        // the form itself offers only the units the user may record in
        model.addAttribute("mayRecord", practices.mayRecordSomewhere());
        return "plan/practices";
    }

    @GetMapping("/plan/practices.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "false") boolean replicate) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxTable xlsx = new XlsxTable(messages, locale)) {
            XlsxTable.Sheet s = xlsx.sheet("plan.practice.export.sheet").title(xlsx.msg("plan.practice.export.title"))
                    .blank().columns(XlsxTable.Column.of("plan.practice.export.number", 6),
                            XlsxTable.Column.of("plan.practice.title", 40),
                            XlsxTable.Column.of("plan.task.content", 10),
                            XlsxTable.Column.of("plan.practice.unit", 28),
                            XlsxTable.Column.of("plan.practice.place", 28),
                            XlsxTable.Column.of("plan.practice.startedOn", 14),
                            XlsxTable.Column.of("plan.practice.replicate", 14),
                            XlsxTable.Column.of("plan.practice.replicates", 40));
            int n = 0;
            for (Practices.Practice x : practices.search(q, replicate)) {
                s.row(++n, x.title(), x.contentArea(), x.unitName(), x.place(), Dates.show(x.startedOn()),
                        x.replicate() ? xlsx.msg("plan.practice.replicate.yes") : "", x.replicatesTitle());
            }
            xlsx.write(out);
        }
        return Downloads.xlsx("mo-hinh-cach-lam-hay.xlsx", out.toByteArray());
    }

    @GetMapping("/plan/practices/new")
    String newPractice(@RequestParam(required = false) Long replicates, @RequestParam(required = false) Long pilot,
            Model model) {
        return practiceForm(model, new Practices.PracticeForm("", "", "", "", "", "",
                replicates == null ? "" : String.valueOf(replicates), List.of(), List.of()), pilot, List.of());
    }

    @PostMapping("/plan/practices")
    String record(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String contentArea,
            @RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String startedOn,
            @RequestParam(defaultValue = "") String replicates, @RequestParam(required = false) Long pilot,
            @RequestParam(required = false) List<MultipartFile> photos,
            @RequestParam(required = false) List<MultipartFile> documents, Model model, RedirectAttributes redirect) {
        Practices.PracticeForm form = new Practices.PracticeForm(title, contentArea, unit, place, description,
                startedOn, replicates, uploads(photos), uploads(documents));
        if (pilot != null) {
            practices.pilot(pilot);
        }
        try {
            long id = practices.record(practices.programme(null), form, pilot);
            redirect.addFlashAttribute("notice", text("plan.practice.saved"));
            return "redirect:/plan/practices/" + id;
        } catch (Refused refused) {
            return practiceForm(model, form, pilot, errors(refused));
        }
    }

    private String practiceForm(Model model, Practices.PracticeForm form, Long pilot, List<String> errors) {
        ProgrammeView p = practices.programme(null);
        var units = practices.recordableUnits(p);
        if (units.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("may not record practices");
        }
        model.addAttribute("programme", p);
        model.addAttribute("units", units);
        model.addAttribute("f", form);
        model.addAttribute("pilot", pilot);
        model.addAttribute("sources", practices.search("", true));
        model.addAttribute("errors", errors);
        model.addAttribute("maxMb", practices.maxFileBytes() / 1048576);
        return "plan/practice-form";
    }

    @GetMapping("/plan/practices/{id}")
    String practice(@PathVariable long id, Model model) {
        Practices.Practice x = practices.practice(id);
        model.addAttribute("x", x);
        model.addAttribute("programme", practices.programme(null));
        model.addAttribute("files", practices.files(id));
        model.addAttribute("replications", practices.replications(id));
        model.addAttribute("mayReplicate", practices.mayReplicate(x));
        return "plan/practice";
    }

    @PostMapping("/plan/practices/{id}/replicate")
    String mark(@PathVariable long id, @RequestParam(defaultValue = "true") boolean mark,
            RedirectAttributes redirect) {
        practices.markForReplication(id, mark);
        redirect.addFlashAttribute("notice", text(mark ? "plan.practice.marked" : "plan.practice.unmarked"));
        return "redirect:/plan/practices/" + id;
    }

    @GetMapping("/plan/practices/files/{id}")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        Practices.FileContent f = practices.file(id);
        boolean photo = f.contentType().startsWith("image/");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, (photo ? ContentDisposition.inline()
                        : ContentDisposition.attachment()).filename(f.name(), StandardCharsets.UTF_8).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff").body(f.content());
    }

    private List<Practices.Upload> uploads(List<MultipartFile> files) {
        List<Practices.Upload> out = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (!f.isEmpty()) {
                    out.add(new Practices.Upload(f.getOriginalFilename(), f.getSize(),
                            f.getSize() > practices.maxFileBytes() ? null : bytes(f)));
                }
            }
        }
        return out;
    }

    private static byte[] bytes(MultipartFile f) {
        try {
            return f.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> errors(Refused refused) {
        Locale locale = LocaleContextHolder.getLocale();
        return refused.reasons().stream().map(r -> r.text(messages, locale)).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
