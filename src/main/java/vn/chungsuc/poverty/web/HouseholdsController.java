package vn.chungsuc.poverty.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.poverty.PovertyClass;
import vn.chungsuc.poverty.domain.Area;
import vn.chungsuc.poverty.domain.Decision;
import vn.chungsuc.poverty.domain.IndicatorDefinition;
import vn.chungsuc.poverty.domain.ListEntry;
import vn.chungsuc.poverty.domain.Lists;
import vn.chungsuc.poverty.domain.Overrides;
import vn.chungsuc.poverty.domain.PovertyPolicy;
import vn.chungsuc.poverty.domain.Standard;
import vn.chungsuc.poverty.domain.Standards;
import vn.chungsuc.poverty.domain.Survey;
import vn.chungsuc.poverty.domain.Transitions;
import vn.chungsuc.registry.HouseholdRef;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.shared.time.Dates;

/**
 * The lists in force (the drill-down of the poor-household rate) and one household's classification by year, each
 * explained: income against the line, each indicator deprived or not, the rule, the standard; with the what-if
 * panel and the officer's override.
 */
@Controller
class HouseholdsController {

    private final PovertyWeb web;
    private final Lists lists;
    private final Standards standards;
    private final RegistryApi registry;
    private final Overrides overrides;
    private final vn.chungsuc.poverty.domain.Supports supports;

    private final vn.chungsuc.shared.web.HouseholdLinks links;
    private final PovertyHouseholdPage page;
    private final PovertyCertificates certificates;

    HouseholdsController(PovertyWeb web, Lists lists, Standards standards, RegistryApi registry,
            Overrides overrides, vn.chungsuc.poverty.domain.Supports supports,
            vn.chungsuc.shared.web.HouseholdLinks links, PovertyHouseholdPage page, PovertyCertificates certificates) {
        this.certificates = certificates;
        this.links = links;
        this.page = page;
        this.web = web;
        this.lists = lists;
        this.standards = standards;
        this.registry = registry;
        this.overrides = overrides;
        this.supports = supports;
    }

    @GetMapping("/poverty/households")
    String list(@RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String asOf,
            @RequestParam(name = "class", defaultValue = "POOR") String klass,
            @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
        LocalDate on = Dates.parse(asOf).orElse(web.today());
        String unitCode = unit.isBlank() ? web.defaultUnit(on) : unit;
        List<String> areas = web.areasUnder(unitCode, on);
        PovertyClass filter = "ALL".equals(klass) ? null : parseClass(klass);
        int size = 50;
        Lists.Page result = lists.inForce(areas, on, filter, Math.max(0, page), size);
        long poor = lists.inForce(areas, on, PovertyClass.POOR, 0, 0).total();
        long nearPoor = lists.inForce(areas, on, PovertyClass.NEAR_POOR, 0, 0).total();
        long households = areas.isEmpty() ? 0 : registry.countHouseholds(areas, on);
        Map<String, String> heads = new HashMap<>();
        Map<String, String> areaNames = new HashMap<>();
        for (ListEntry e : result.items()) {
            LocalDate at = e.decidedOn() == null ? on : e.decidedOn();
            registry.household(e.householdCode(), at).or(() -> registry.household(e.householdCode(), on))
                    .ifPresent(h -> heads.put(e.householdCode(), h.headName()));
            areaNames.computeIfAbsent(e.areaCode(), a -> web.areaName(a, at));
        }
        model.addAttribute("unit", unitCode);
        model.addAttribute("unitName", web.unit(unitCode, on).map(u -> u.fullName()).orElse(unitCode));
        model.addAttribute("communes", web.communes(on));
        model.addAttribute("asOf", Dates.show(on));
        model.addAttribute("klass", filter == null ? "ALL" : filter.name());
        model.addAttribute("result", result);
        model.addAttribute("heads", heads);
        model.addAttribute("areaNames", areaNames);
        model.addAttribute("poor", poor);
        model.addAttribute("nearPoor", nearPoor);
        model.addAttribute("households", households);
        model.addAttribute("rate", households == 0 ? null : String.format(java.util.Locale.ROOT, "%.2f",
                100.0 * poor / households).replace('.', ','));
        model.addAttribute("byYear", byYear(unitCode, on));
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("totalPages", (int) ((result.total() + size - 1) / size));
        model.addAttribute("queryRest", "unit=" + unitCode + "&asOf=" + Dates.show(on) + "&class="
                + (filter == null ? "ALL" : filter.name()));
        return "true".equals(request.getHeader("HX-Request")) ? "poverty/households :: results"
                : "poverty/households";
    }

    @GetMapping("/poverty/households/{code}")
    String household(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
        List<ListEntry> history = lists.history(code);
        if (history.isEmpty()) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND);
        }
        ListEntry entry = history.stream().filter(e -> year != null && e.year() == year).findFirst()
                .orElse(history.get(history.size() - 1));
        LocalDate on = entry.decidedOn() == null ? web.today() : entry.decidedOn();
        if (web.unit(entry.areaCode(), on).isEmpty()) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND);
        }
        HouseholdRef ref = registry.household(code, on).or(() -> registry.household(code, web.today()))
                .orElse(new HouseholdRef(code, entry.areaCode(), null, 0));
        Standard s = standards.find(entry.standardCode()).orElseThrow();
        Survey survey = lists.survey(code, entry.year()).orElse(null);
        model.addAttribute("code", code);
        model.addAttribute("head", ref);
        model.addAttribute("areaName", web.areaName(entry.areaCode(), on));
        model.addAttribute("history", history);
        model.addAttribute("transitions", Transitions.of(history));
        model.addAttribute("entry", entry);
        model.addAttribute("certificate", certificates.exists(code, entry));
        model.addAttribute("standard", s);
        model.addAttribute("survey", survey);
        model.addAttribute("decision", survey == null ? null : decide(s, survey));
        model.addAttribute("deprived", survey == null ? Map.of() : deprived(s, survey.deprivations()));
        model.addAttribute("canManage", web.unit(entry.areaCode(), on).map(u -> web.may("classification.override", u))
                .orElse(false));
        model.addAttribute("classes", PovertyClass.values());
        model.addAttribute("supports", supports.of(code));
        model.addAttribute("today", Dates.show(web.today()));
        model.addAttribute("otherPages", links.others(page, code));
        return "poverty/household";
    }

    /** The what-if panel: the decision recomputed from the answers as edited (not saved). */
    @PostMapping("/poverty/households/{code}/what-if")
    String whatIf(@PathVariable String code, @RequestParam int year,
            @RequestParam(defaultValue = "0") long monthlyIncome,
            @RequestParam(name = "deprived", required = false) List<String> deprived,
            @RequestParam(required = false) String standard, Model model) {
        ListEntry entry = visibleEntry(code, year);
        String standardCode = standard == null || standard.isBlank() ? entry.standardCode() : standard.strip();
        Standard s = standards.find(standardCode).orElseThrow(() -> new vn.chungsuc.shared.problem.Refused(
                "standard", "poverty.api.unknownStandard", standardCode.length() > 40 ? "" : standardCode,
                String.join(", ", standards.all().stream().map(Standard::code).toList())));
        if (monthlyIncome < 0 || monthlyIncome > vn.chungsuc.poverty.domain.Rounds.MAX_INCOME) {
            throw new vn.chungsuc.shared.problem.Refused("monthlyIncome", "poverty.survey.refused.income");
        }
        List<String> codes = deprived == null ? List.of() : deprived.stream().filter(c -> s.indicator(c).isPresent())
                .toList();
        model.addAttribute("whatIf", PovertyPolicy.byIncome(s, entry.area(), Math.max(0, monthlyIncome), codes));
        model.addAttribute("whatIfStandard", s);
        return "poverty/household :: whatIf";
    }

    @PostMapping("/poverty/households/{code}/override")
    String override(@PathVariable String code, @RequestParam int year, @RequestParam String result,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        ListEntry entry = visibleEntry(code, year);
        LocalDate on = entry.decidedOn() == null ? web.today() : entry.decidedOn();
        boolean may = web.unit(entry.areaCode(), on).map(u -> web.may("classification.override", u)).orElse(false);
        if (!may) {
            redirect.addFlashAttribute("error", web.msg("poverty.override.notAllowed"));
        } else if (reason.isBlank()) {
            redirect.addFlashAttribute("error", web.msg("poverty.override.reasonRequired"));
        } else {
            PovertyClass chosen = "COMPUTED".equals(result) ? null : parseClass(result);
            overrides.set(entry, chosen, reason.strip(), web.user());
            redirect.addFlashAttribute("notice", web.msg("poverty.override.saved"));
        }
        return "redirect:/poverty/households/" + code + "?year=" + year;
    }

    /**
     * The household's list entry of the year, if the user may read its unit on the decision's date; otherwise (no
     * such household, no list that year, or outside the scope) 404 alike, so that nobody learns which households
     * were surveyed elsewhere.
     */
    private ListEntry visibleEntry(String code, int year) {
        ListEntry entry = year < vn.chungsuc.shared.time.Period.MIN_YEAR || year > vn.chungsuc.shared.time.Period.MAX_YEAR
                ? null : lists.entry(code, year).orElse(null);
        if (entry == null || web.unit(entry.areaCode(), entry.decidedOn() == null ? web.today() : entry.decidedOn())
                .isEmpty()) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return entry;
    }

    /** A unit's poor and near-poor counts and rate at the end of each year with a list, up to the date. */
    record YearFigures(int year, long poor, long nearPoor, long households, String rate) {
    }

    private List<YearFigures> byYear(String unit, LocalDate upTo) {
        List<YearFigures> out = new ArrayList<>();
        // A list in force after today is today's list: the years stop at today's, whatever date was asked.
        int last = Math.min(upTo.getYear(), web.today().getYear());
        for (int year = 2016; year <= last; year++) {
            vn.chungsuc.shared.web.RequestDeadline.check();
            LocalDate end = LocalDate.of(year, 12, 31);
            LocalDate at = end.isAfter(upTo) ? upTo : end;
            List<String> areas = web.areasUnder(unit, at);
            if (areas.isEmpty()) {
                areas = web.areasUnder(unit, LocalDate.of(year, 6, 30));
            }
            long poor = lists.inForce(areas, at, PovertyClass.POOR, 0, 0).total();
            long near = lists.inForce(areas, at, PovertyClass.NEAR_POOR, 0, 0).total();
            long households = areas.isEmpty() ? 0 : registry.countHouseholds(areas, year == 2016
                    ? LocalDate.of(2017, 1, 1) : at);
            if (poor + near > 0) {
                out.add(new YearFigures(year, poor, near, households, households == 0 ? "—"
                        : String.format(java.util.Locale.ROOT, "%.2f", 100.0 * poor / households).replace('.', ',')));
            }
        }
        return out;
    }

    static Decision decide(Standard s, Survey survey) {
        if (survey.monthlyIncome() != null) {
            return PovertyPolicy.byIncome(s, survey.area(), survey.monthlyIncome(),
                    Standards.deprived(s, survey.deprivations()));
        }
        return PovertyPolicy.byScore(s, survey.area(), survey.scoreA(), survey.scoreB());
    }

    static Map<IndicatorDefinition, Boolean> deprived(Standard s, int mask) {
        Map<IndicatorDefinition, Boolean> out = new java.util.LinkedHashMap<>();
        for (IndicatorDefinition i : s.indicators()) {
            out.put(i, (mask & (1 << i.bit())) != 0);
        }
        return out;
    }

    static PovertyClass parseClass(String text) {
        try {
            return PovertyClass.valueOf(text);
        } catch (IllegalArgumentException e) {
            return PovertyClass.POOR;
        }
    }

    static List<Area> areas() {
        return new ArrayList<>(List.of(Area.values()));
    }
}
