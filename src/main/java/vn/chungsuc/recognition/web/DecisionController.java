package vn.chungsuc.recognition.web;

import org.springframework.security.access.prepost.PreAuthorize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.recognition.DecisionView;
import vn.chungsuc.recognition.NewDecision;
import vn.chungsuc.recognition.domain.Catalogue;
import vn.chungsuc.recognition.domain.Decisions;
import vn.chungsuc.recognition.domain.Rounds;
import vn.chungsuc.recognition.domain.Title;
import vn.chungsuc.shared.documents.PdfDocuments;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.CurrentUnitScope;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.text.Texts;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * Recognition decisions: the list, the form (for families, the lists the areas sent; for other titles, one subject
 * per line), the decision with its list, and its printable list and certificates (PDF, decree 30/2020 layout).
 */
@Controller
@RequestMapping("/recognition/decisions")
class DecisionController {

    private final Decisions decisions;
    private final Rounds rounds;
    private final Catalogue catalogue;
    private final TerritoryApi territory;
    private final CurrentUnitScope scope;
    private final PdfDocuments pdf;
    private final Today today;
    private final Texts texts;

    DecisionController(Decisions decisions, Rounds rounds, Catalogue catalogue, TerritoryApi territory,
            CurrentUnitScope scope, PdfDocuments pdf, Today today, Texts texts) {
        this.decisions = decisions;
        this.rounds = rounds;
        this.catalogue = catalogue;
        this.territory = territory;
        this.scope = scope;
        this.pdf = pdf;
        this.today = today;
        this.texts = texts;
    }

    /** Decisions a page at a time: about two screens on a phone, five on a desk. */
    static final int DECISIONS_PER_PAGE = 50;
    /** A decision's list a page at a time. */
    static final int AWARDS_PER_PAGE = 100;

    @GetMapping
    String list(@RequestParam(defaultValue = "") String title, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "0") int page, Model model) {
        Integer y = year == null || year < 1900 || year > 2100 ? null : year;
        Decisions.DecisionPage found = decisions.page(title, y, unit, scope.current(), page, DECISIONS_PER_PAGE);
        model.addAttribute("decisions", found.rows());
        model.addAttribute("found", found);
        model.addAttribute("perPage", DECISIONS_PER_PAGE);
        model.addAttribute("page", found.page());
        model.addAttribute("totalPages", found.pages());
        model.addAttribute("units", found.decidingUnits());
        model.addAttribute("unit", unit);
        model.addAttribute("titles", catalogue.titles());
        model.addAttribute("titleCode", title);
        model.addAttribute("year", y);
        model.addAttribute("years", RoundController.years(today));
        model.addAttribute("queryRest", query("title", title, "year", y == null ? "" : String.valueOf(y), "unit",
                unit));
        return "recognition/decisions";
    }

    /** The filter's parameters for the pager's links, encoded. */
    static String query(String... pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(pairs[i]).append('=').append(java.net.URLEncoder.encode(pairs[i + 1] == null ? ""
                    : pairs[i + 1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    @GetMapping("/new")
    String form(@RequestParam(defaultValue = Title.CULTURAL_FAMILY) String title,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "") String unit, Model model) {
        int y = year == null ? today.year() : year;
        model.addAttribute("titles", catalogue.titles());
        model.addAttribute("titleCode", title);
        model.addAttribute("year", y);
        model.addAttribute("years", RoundController.years(today));
        model.addAttribute("unit", unit);
        model.addAttribute("units", unitChoices());
        catalogue.decider(title, LocalDate.of(y, 12, 15)).ifPresent(d -> model.addAttribute("decider", d));
        Map<String, List<Rounds.Row>> proposals = Map.of();
        if (Title.CULTURAL_FAMILY.equals(title) && !unit.isBlank()) {
            proposals = rounds.proposals(unit.strip(), y, scope.current());
        }
        model.addAttribute("proposals", proposals);
        Map<String, String> areaNames = new LinkedHashMap<>();
        proposals.keySet().forEach(a -> territory.latest(a).ifPresent(r -> areaNames.put(a, r.fullName())));
        model.addAttribute("areaNames", areaNames);
        model.addAttribute("today", Dates.show(today.date()));
        return "recognition/decision-form";
    }

    /** The units the user manages down to the commune level, for the deciding unit. */
    private List<UnitView> unitChoices() {
        UnitScope s = scope.current();
        LocalDate on = today.date();
        List<UnitView> out = new ArrayList<>();
        for (var root : territory.roots(on, s)) {
            UnitView u = root.unit();
            if (u.level() == UnitLevel.COUNTRY || u.level() == UnitLevel.RESIDENTIAL_AREA) {
                continue;
            }
            addDown(u, on, s, out, 0);
        }
        return out;
    }

    private void addDown(UnitView u, LocalDate on, UnitScope s, List<UnitView> out, int depth) {
        if (!s.canManage(u.path()) && depth == 0) {
            return;
        }
        out.add(u);
        if (u.level().depth() < UnitLevel.COMMUNE.depth() && depth < 2) {
            territory.children(u.code(), on, s).forEach(c -> addDown(c, on, s, out, depth + 1));
        }
    }

    @PostMapping
    @PreAuthorize("@recognitionPermissions.may('decision.issue')")
    String create(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String number,
            @RequestParam(defaultValue = "") String signedOn, @RequestParam(defaultValue = "") String signer,
            @RequestParam(required = false) List<String> subject, @RequestParam(defaultValue = "") String subjectLines,
            RedirectAttributes flash) {
        try {
            List<NewDecision.Subject> subjects = new ArrayList<>();
            if (subject != null) {
                subject.forEach(c -> subjects.add(new NewDecision.Subject(c, null, null)));
            }
            for (String line : subjectLines.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] p = line.split("\\|");
                subjects.add(new NewDecision.Subject(p[0].strip(), p.length > 1 ? p[1].strip() : null,
                        p.length > 2 ? p[2].strip() : null));
            }
            DecisionView d = decisions.decide(new NewDecision(title, RoundController.number(year, "year"),
                    unit, number, Dates.parseOrRefuse(signedOn, "signedOn"), signer, subjects), scope.current());
            flash.addFlashAttribute("flash", texts.get("recognition.flash.decided", d.number(), d.awards().size(),
                    d.titleName(), d.year()));
            return "redirect:/recognition/decisions/" + d.id();
        } catch (Refused e) {
            flash.addFlashAttribute("flashError", texts.of(e));
            flash.addFlashAttribute("number", number);
            flash.addFlashAttribute("signedOn", signedOn);
            flash.addFlashAttribute("signer", signer);
            flash.addFlashAttribute("subjectLines", subjectLines);
            return "redirect:/recognition/decisions/new?title=" + title + "&year=" + year.strip() + "&unit="
                    + unit.strip();
        }
    }

    private DecisionView find(long id) {
        return decisions.decision(id, scope.current()).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String area, @RequestParam(defaultValue = "0") int page, Model model) {
        DecisionView d = decisions.summary(id, scope.current()).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND));
        Map<String, String> names = unitNames(d.signedOn(), decisions.countedUnits(id));
        String key = VietnameseText.searchKey(q);
        List<String> unitsMatching = key.isEmpty() ? List.of() : names.entrySet().stream()
                .filter(e -> VietnameseText.searchKey(e.getValue()).contains(key)).map(Map.Entry::getKey).toList();
        Decisions.AwardPage awards = decisions.awards(id, q.strip(), unitsMatching,
                names.containsKey(area) ? area : "", page, AWARDS_PER_PAGE);
        model.addAttribute("d", d);
        model.addAttribute("unitNames", names);
        model.addAttribute("awards", awards);
        model.addAttribute("q", q);
        model.addAttribute("area", names.containsKey(area) ? area : "");
        model.addAttribute("page", awards.page());
        model.addAttribute("totalPages", awards.pages());
        model.addAttribute("queryRest", query("q", q, "area", area));
        return "recognition/decision";
    }

    private Map<String, String> unitNames(DecisionView d) {
        return unitNames(d.signedOn(), decisions.countedUnits(d.id()));
    }

    private Map<String, String> unitNames(LocalDate on, List<String> codes) {
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(u -> territory.find(u, on, UnitScope.ALL).ifPresent(v -> names.put(u, v.fullName())));
        return names;
    }

    @GetMapping("/{id}/list.pdf")
    ResponseEntity<byte[]> listPdf(@PathVariable long id) {
        DecisionView d = find(id);
        return pdf("danh-sach-" + id + ".pdf", pdf.fromTemplate("recognition/pdf/decision-list",
                documentModel(d), locale()));
    }

    @GetMapping("/{id}/certificates/{subject}.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable String subject) {
        DecisionView.AwardView award = decisions.award(id, subject, scope.current())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        DecisionView d = decisions.summary(id, scope.current()).orElseThrow();
        Map<String, Object> model = documentModel(d);
        model.put("award", award);
        return pdf("giay-cong-nhan-" + subject + ".pdf", pdf.fromTemplate("recognition/pdf/certificate", model,
                locale()));
    }

    private Map<String, Object> documentModel(DecisionView d) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("d", d);
        model.put("unitNames", unitNames(d));
        UnitView unit = territory.find(d.unitCode(), d.signedOn(), UnitScope.ALL).orElseThrow();
        model.put("unit", unit);
        List<UnitView> ancestors = territory.ancestors(unit, d.signedOn(), UnitScope.ALL);
        model.put("parent", ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1));
        model.put("place", unit.name());
        model.put("day", String.format("%02d", d.signedOn().getDayOfMonth()));
        model.put("month", String.format("%02d", d.signedOn().getMonthValue()));
        model.put("yearSigned", d.signedOn().getYear());
        return model;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    static ResponseEntity<byte[]> pdf(String name, byte[] bytes) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(bytes);
    }
}
