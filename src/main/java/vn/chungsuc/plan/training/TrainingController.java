package vn.chungsuc.plan.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import vn.chungsuc.shared.documents.XlsxTable;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.shared.web.Downloads;

/** Trainings: the paged, searchable list with counts per year and unit, the Excel list, a training's page, the form. */
@Controller
@PreAuthorize("@planPermissions.may('training.view')")
class TrainingController {

    private final Trainings trainings;
    private final MessageSource messages;
    private final Today today;

    TrainingController(Trainings trainings, MessageSource messages, Today today) {
        this.trainings = trainings;
        this.messages = messages;
        this.today = today;
    }

    /** The year asked for: {@code year}, or the year of {@code asOf} (the indicators' records link). */
    private static String year(String year, String asOf) {
        if ((year == null || year.isBlank()) && asOf != null && asOf.length() >= 4) {
            return asOf.substring(0, 4);
        }
        return year == null ? "" : year;
    }

    @GetMapping("/plan/trainings")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "") String asOf, @RequestParam(defaultValue = "0") int page, Model model) {
        String y = year(year, asOf);
        var all = trainings.search(q, y);
        model.addAttribute("result", trainings.page(q, y, page));
        model.addAttribute("counts", trainings.counts(all));
        model.addAttribute("q", q);
        model.addAttribute("year", y);
        model.addAttribute("queryRest", "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&year="
                + URLEncoder.encode(y, StandardCharsets.UTF_8));
        model.addAttribute("mayRecord", !trainings.units(today.date()).isEmpty()
                || !trainings.units(LocalDate.of(trainings.programme().periodTo(), 12, 31)).isEmpty());
        return "plan/trainings";
    }

    @GetMapping("/plan/trainings.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String year) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxTable xlsx = new XlsxTable(messages, locale)) {
            XlsxTable.Sheet s = xlsx.sheet("plan.training.export.sheet").title(xlsx.msg("plan.training.export.title"))
                    .blank().columns(XlsxTable.Column.of("plan.practice.export.number", 6),
                            XlsxTable.Column.of("plan.training.heldOn", 12),
                            XlsxTable.Column.of("plan.training.title", 40),
                            XlsxTable.Column.of("plan.training.place", 28),
                            XlsxTable.Column.of("plan.training.organiser", 30),
                            XlsxTable.Column.of("plan.training.unit", 24),
                            XlsxTable.Column.of("plan.training.audiences", 40),
                            XlsxTable.Column.of("plan.training.attendees.count", 10));
            int n = 0;
            for (Trainings.Training t : trainings.search(q, year)) {
                s.row(++n, Dates.show(t.heldOn()), t.title(), t.place(), t.organiserName(), t.unitName(),
                        String.join("; ", t.audiences().stream().map(a -> xlsx.msg("plan.training.audience." + a))
                                .toList()), t.attendees());
            }
            xlsx.write(out);
        }
        return Downloads.xlsx("tap-huan.xlsx", out.toByteArray());
    }

    @GetMapping("/plan/trainings/{id}")
    String training(@PathVariable long id, Model model) {
        model.addAttribute("t", trainings.training(id));
        model.addAttribute("attendees", trainings.attendees(id));
        model.addAttribute("materials", trainings.materials(id));
        return "plan/training";
    }

    @GetMapping("/plan/trainings/materials/{id}")
    ResponseEntity<byte[]> material(@PathVariable long id) {
        Trainings.FileContent f = trainings.material(id);
        return Downloads.file(f.name(), f.contentType(), f.content());
    }

    @GetMapping("/plan/trainings/new")
    String newTraining(@RequestParam(defaultValue = "") String heldOn, Model model) {
        return form(model, new Trainings.TrainingForm("", heldOn, "", "", "", List.of(), "", List.of()), List.of());
    }

    @PostMapping("/plan/trainings")
    String record(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String heldOn,
            @RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String organiser,
            @RequestParam(defaultValue = "") String unit, @RequestParam(required = false) List<String> audiences,
            @RequestParam(defaultValue = "") String attendees,
            @RequestParam(required = false) List<MultipartFile> materials, Model model,
            RedirectAttributes redirect) {
        Trainings.TrainingForm form = new Trainings.TrainingForm(title, heldOn, place, organiser, unit, audiences,
                attendees, uploads(materials));
        try {
            long id = trainings.record(form);
            redirect.addFlashAttribute("notice", messages.getMessage("plan.training.saved", null,
                    LocaleContextHolder.getLocale()));
            return "redirect:/plan/trainings/" + id;
        } catch (Refused refused) {
            Locale locale = LocaleContextHolder.getLocale();
            return form(model, form, refused.reasons().stream().map(r -> r.text(messages, locale)).toList());
        }
    }

    /** The form's choices (units, organisers) are those of the date typed, or of today. */
    private String form(Model model, Trainings.TrainingForm form, List<String> errors) {
        LocalDate on = Dates.parse(form.heldOn() == null ? "" : form.heldOn()).orElse(today.date());
        LocalDate end = LocalDate.of(trainings.programme().periodTo(), 12, 31);
        var units = new ArrayList<>(trainings.units(end.isBefore(today.date()) ? end : today.date()));
        trainings.units(today.date()).stream().filter(u -> units.stream().noneMatch(x -> x.code().equals(u.code())))
                .forEach(units::add);
        if (units.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("may not record trainings");
        }
        var organisers = new ArrayList<>(trainings.organisers(end.isBefore(today.date()) ? end : today.date()));
        trainings.organisers(today.date()).stream()
                .filter(b -> organisers.stream().noneMatch(x -> x.code().equals(b.code()))).forEach(organisers::add);
        model.addAttribute("f", form);
        model.addAttribute("on", on);
        model.addAttribute("units", units);
        model.addAttribute("organisers", organisers);
        model.addAttribute("audienceValues", Trainings.Audience.values());
        model.addAttribute("errors", errors);
        model.addAttribute("maxMb", trainings.maxFileBytes() / 1048576);
        return "plan/training-form";
    }

    private List<Trainings.Upload> uploads(List<MultipartFile> files) {
        List<Trainings.Upload> out = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (!f.isEmpty()) {
                    try {
                        out.add(new Trainings.Upload(f.getOriginalFilename(), f.getSize(),
                                f.getSize() > trainings.maxFileBytes() ? null : f.getBytes()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return out;
    }
}
