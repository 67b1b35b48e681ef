package vn.chungsuc.poverty.web;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.poverty.domain.BulkSurveys;
import vn.chungsuc.poverty.domain.BulkSurveys.Answer;
import vn.chungsuc.poverty.domain.BulkSurveys.Draft;
import vn.chungsuc.poverty.domain.Lists;
import vn.chungsuc.poverty.domain.Round;
import vn.chungsuc.poverty.domain.RoundRefused;
import vn.chungsuc.poverty.domain.Rounds;
import vn.chungsuc.poverty.domain.Standard;
import vn.chungsuc.poverty.domain.Standards;
import vn.chungsuc.poverty.domain.Survey;
import vn.chungsuc.registry.HouseholdRef;
import vn.chungsuc.registry.RegistryApi;

/**
 * Step 2 in bulk, as a ward officer does it for a few hundred households: carry last year's forms B over as drafts,
 * fill a workbook offline and import it (dry run first, then all or nothing), or type the forms of a residential
 * area in a keyboard-only grid. The forms one by one ({@link RoundsController}) stay.
 */
@Controller
class SurveysController {

    private static final String IMPORT = "poverty.import.";

    private final PovertyWeb web;
    private final Rounds rounds;
    private final BulkSurveys bulk;
    private final Lists lists;
    private final Standards standards;
    private final RegistryApi registry;
    private final PovertyCertificates certificates;
    private final MessageSource messages;

    SurveysController(PovertyWeb web, Rounds rounds, BulkSurveys bulk, Lists lists, Standards standards,
            RegistryApi registry, PovertyCertificates certificates, MessageSource messages) {
        this.web = web;
        this.rounds = rounds;
        this.bulk = bulk;
        this.lists = lists;
        this.standards = standards;
        this.registry = registry;
        this.certificates = certificates;
        this.messages = messages;
    }

    /** A listed household as the grid and the template show it. */
    record Line(String code, String headName, String areaCode) {
    }

    /**
     * A row of the grid: what is saved (or the draft, or what was typed and refused), its status and its error.
     *
     * @param status SAVED (this year's form B), DRAFT (carried over, not confirmed), TODO (nothing yet)
     */
    record GridRow(String code, String headName, String income, Set<String> deprived, String status,
            Draft draft, String error, boolean savedNow) {
    }

    @PostMapping("/poverty/rounds/{id}/carry-over")
    String carryOver(@PathVariable long id, RedirectAttributes redirect) {
        Round r = managed(id);
        try {
            redirect.addFlashAttribute("notice", web.msg("poverty.carry.done", bulk.carryOver(r.id(), web.user())));
        } catch (RoundRefused e) {
            redirect.addFlashAttribute("error", web.msg(e.key(), e.args()));
        }
        return "redirect:/poverty/rounds/" + id;
    }

    @GetMapping("/poverty/rounds/{id}/survey.xlsx")
    ResponseEntity<byte[]> template(@PathVariable long id, @RequestParam(defaultValue = "") String area)
            throws IOException {
        Round r = visible(id);
        Standard s = standards.find(r.standardCode()).orElseThrow();
        LocalDate on = web.today();
        Map<String, String> areaNames = new HashMap<>();
        List<SurveyWorkbook.Line> lines = new ArrayList<>();
        for (Line l : lines(r, area)) {
            Survey survey = lists.survey(l.code(), r.year()).filter(x -> x.roundId() != null && x.roundId() == id
                    && x.monthlyIncome() != null).orElse(null);
            lines.add(new SurveyWorkbook.Line(l.code(), l.headName(), l.areaCode() == null ? ""
                    : areaNames.computeIfAbsent(l.areaCode(), a -> web.areaName(a, on)),
                    survey == null ? null : survey.monthlyIncome(),
                    survey == null ? null : vn.chungsuc.poverty.domain.Standards.deprived(s, survey.deprivations())));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SurveyWorkbook.write(r, web.areaName(r.communeCode(), on), s, lines, messages,
                LocaleContextHolder.getLocale(), out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", "attachment; filename=\"phieu-b-" + r.communeCode() + "-" + r.year()
                        + (area.isBlank() ? "" : "-" + area.replaceAll("[^A-Za-z0-9-]", "")) + ".xlsx\"")
                .body(out.toByteArray());
    }

    @GetMapping("/poverty/rounds/{id}/import")
    String importPage(@PathVariable long id, Model model) {
        Round r = managed(id);
        common(r, model);
        return "poverty/import";
    }

    /** The dry run: the file is read and checked; nothing is saved. A clean file waits in the session to apply. */
    @PostMapping("/poverty/rounds/{id}/import")
    String dryRun(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            HttpSession session, Model model) throws IOException {
        Round r = managed(id);
        common(r, model);
        session.removeAttribute(IMPORT + id);
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", web.msg("poverty.bulk.problem.noFile"));
            return "poverty/import";
        }
        if (file.getSize() > SurveyWorkbook.MAX_BYTES) {
            model.addAttribute("error", web.msg("poverty.bulk.problem.tooLarge", SurveyWorkbook.MAX_BYTES / 1024
                    / 1024));
            return "poverty/import";
        }
        if (r.current() != 2) {
            model.addAttribute("error", web.msg(r.current() < 2 ? "poverty.round.refused.earlier"
                    : "poverty.round.refused.done", 2, r.current()));
            return "poverty/import";
        }
        Standard s = standards.find(r.standardCode()).orElseThrow();
        Set<String> listed = new LinkedHashSet<>();
        rounds.households(id).forEach(m -> listed.add(m.householdCode()));
        SurveyWorkbook.Read read;
        try (InputStream in = file.getInputStream()) {
            read = SurveyWorkbook.read(in, s, listed, messages, LocaleContextHolder.getLocale());
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("read", read);
        if (read.problems().isEmpty() && !read.answers().isEmpty()) {
            session.setAttribute(IMPORT + id, new ArrayList<>(read.answers()));
        }
        return "poverty/import";
    }

    @PostMapping("/poverty/rounds/{id}/import/apply")
    String apply(@PathVariable long id, HttpSession session, RedirectAttributes redirect) {
        Round r = managed(id);
        Object pending = session.getAttribute(IMPORT + id);
        session.removeAttribute(IMPORT + id);
        if (!(pending instanceof List<?> answers) || answers.isEmpty()) {
            redirect.addFlashAttribute("error", web.msg("poverty.bulk.nothingPending"));
            return "redirect:/poverty/rounds/" + id + "/import";
        }
        List<Answer> typed = answers.stream().map(Answer.class::cast).toList();
        try {
            int n = bulk.saveAll(r.id(), typed, web.user());
            redirect.addFlashAttribute("notice", web.msg("poverty.bulk.imported", n));
            return "redirect:/poverty/rounds/" + id;
        } catch (RoundRefused e) {
            redirect.addFlashAttribute("error", web.msg("poverty.bulk.applyRefused", web.msg(e.key(), e.args())));
            return "redirect:/poverty/rounds/" + id + "/import";
        }
    }

    @GetMapping("/poverty/rounds/{id}/grid")
    String grid(@PathVariable long id, @RequestParam(defaultValue = "") String area, Model model) {
        Round r = managed(id);
        common(r, model);
        String chosen = area.isBlank() ? ((Map<String, String>) model.getAttribute("areas")).keySet().stream()
                .findFirst().orElse("") : area;
        model.addAttribute("area", chosen);
        model.addAttribute("rows", rows(r, lines(r, chosen), Map.of(), Set.of()));
        model.addAttribute("htmx", false);
        return "poverty/grid";
    }

    /**
     * Saves the rows posted: one row (htmx, from the row's save button or Enter) answers that row alone; the whole
     * form (save all) answers the grid with each row's result. Every row is saved by itself: a refused row keeps what
     * was typed and says why, the others are saved.
     */
    @PostMapping("/poverty/rounds/{id}/grid")
    String saveGrid(@PathVariable long id, @RequestParam(defaultValue = "") String area,
            @RequestParam(name = "h", required = false) List<String> codes,
            @RequestParam MultiValueMap<String, String> params,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Round r = managed(id);
        Standard s = standards.find(r.standardCode()).orElseThrow();
        Map<String, String> errors = new HashMap<>();
        Map<String, GridRow> typed = new HashMap<>();
        Set<String> saved = new LinkedHashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            String income = params.getFirst("income." + code);
            List<String> deprived = params.getOrDefault("dep." + code, List.of()).stream()
                    .filter(c -> s.indicator(c).isPresent()).toList();
            if ((income == null || income.isBlank()) && deprived.isEmpty() && htmx == null) {
                continue; // nothing typed in this row: not a form B
            }
            try {
                rounds.survey(id, code, parseIncome(income), deprived, web.user());
                saved.add(code);
            } catch (RoundRefused e) {
                errors.put(code, web.msg(e.key(), e.args()));
                typed.put(code, new GridRow(code, null, income == null ? "" : income, Set.copyOf(deprived), null,
                        null, null, false));
            }
        }
        common(r, model);
        model.addAttribute("area", area);
        List<Line> lines = lines(r, area);
        if (htmx != null && codes != null) {
            Set<String> posted = Set.copyOf(codes);
            lines = lines.stream().filter(l -> posted.contains(l.code())).toList();
        }
        List<GridRow> rows = new ArrayList<>();
        for (GridRow row : rows(r, lines, errors, saved)) {
            GridRow t = typed.get(row.code());
            rows.add(t == null ? row : new GridRow(row.code(), row.headName(), t.income(), t.deprived(),
                    row.status(), row.draft(), row.error(), false));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("htmx", htmx != null);
        if (htmx == null) {
            model.addAttribute(errors.isEmpty() ? "notice" : "error", errors.isEmpty()
                    ? web.msg("poverty.grid.savedAll", saved.size())
                    : web.msg("poverty.grid.someRefused", saved.size(), errors.size()));
            return "poverty/grid";
        }
        return "poverty/grid :: rows";
    }

    private static long parseIncome(String income) {
        String t = income == null ? "" : income.replace(".", "").replace(",", "").replace(" ", "").strip();
        if (!t.matches("\\d{1,13}")) {
            throw new RoundRefused(t.startsWith("-") ? "poverty.survey.refused.negative"
                    : "poverty.survey.refused.income");
        }
        return Long.parseLong(t);
    }

    private List<GridRow> rows(Round r, List<Line> lines, Map<String, String> errors, Set<String> savedNow) {
        Standard s = standards.find(r.standardCode()).orElseThrow();
        Map<String, Draft> drafts = bulk.drafts(r.id());
        List<GridRow> out = new ArrayList<>();
        for (Line l : lines) {
            Survey survey = lists.survey(l.code(), r.year()).filter(x -> x.roundId() != null && x.roundId() == r.id())
                    .orElse(null);
            Draft d = drafts.get(l.code());
            if (survey != null) {
                out.add(new GridRow(l.code(), l.headName(), survey.monthlyIncome() == null ? ""
                        : String.valueOf(survey.monthlyIncome()), Set.copyOf(vn.chungsuc.poverty.domain.Standards
                        .deprived(s, survey.deprivations())), "SAVED", null, errors.get(l.code()),
                        savedNow.contains(l.code())));
            } else if (d != null) {
                out.add(new GridRow(l.code(), l.headName(), d.monthlyIncome() == null ? ""
                        : String.valueOf(d.monthlyIncome()), Set.copyOf(vn.chungsuc.poverty.domain.Standards
                        .deprived(s, d.deprivations())), "DRAFT", d, errors.get(l.code()), false));
            } else {
                out.add(new GridRow(l.code(), l.headName(), "", Set.of(), "TODO", null, errors.get(l.code()), false));
            }
        }
        return out;
    }

    /** The round's listed households, with their head and area today, in one area or all. */
    private List<Line> lines(Round r, String area) {
        LocalDate on = web.today();
        Map<String, HouseholdRef> known = new HashMap<>();
        registry.households(rounds.areasOf(r.communeCode(), on), on).forEach(h -> known.put(h.code(), h));
        List<Line> out = new ArrayList<>();
        for (Rounds.Member m : rounds.households(r.id())) {
            HouseholdRef h = known.computeIfAbsent(m.householdCode(), c -> registry.household(c, on).orElse(null));
            String areaCode = h == null ? null : h.areaCode();
            if (area.isBlank() || area.equals(areaCode)) {
                out.add(new Line(m.householdCode(), h == null ? null : h.headName(), areaCode));
            }
        }
        return out;
    }

    /** What the import and grid pages share: the round, its standard, the areas with listed households. */
    private void common(Round r, Model model) {
        LocalDate on = web.today();
        Map<String, String> areas = new TreeMap<>();
        lines(r, "").forEach(l -> {
            if (l.areaCode() != null) {
                areas.computeIfAbsent(l.areaCode(), a -> web.areaName(a, on));
            }
        });
        Map<String, String> sorted = new LinkedHashMap<>();
        areas.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> sorted.put(e.getKey(),
                e.getValue()));
        model.addAttribute("round", r);
        model.addAttribute("communeName", web.areaName(r.communeCode(), on));
        model.addAttribute("standard", standards.find(r.standardCode()).orElseThrow());
        model.addAttribute("areas", sorted);
        model.addAttribute("canEdit", r.current() == 2);
    }

    private Round visible(long id) {
        Round r = rounds.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (certificates.communeView(r).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return r;
    }

    /** The round, if the user may manage it (the commune's review, QĐ 24/2021/QĐ-TTg Điều 4–5). */
    private Round managed(long id) {
        Round r = visible(id);
        if (!certificates.communeView(r).map(u -> web.may("round.manage", u)).orElse(false)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return r;
    }
}
