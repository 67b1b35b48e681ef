package vn.chungsuc.recognition.web;

import vn.chungsuc.recognition.RecognitionPermissions;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.recognition.domain.Catalogue;
import vn.chungsuc.recognition.domain.CriteriaSet;
import vn.chungsuc.recognition.domain.RecognitionRefused;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.text.Texts;
import vn.chungsuc.shared.time.Dates;

/**
 * Titles, regimes and criteria sets with their procedure parameters and legal bases; the culture department, the
 * Front and administrators copy a set for their province and adapt it (parameters, criteria, exclusions).
 */
@Controller
@RequestMapping("/recognition/criteria")
class CriteriaController {

    private final Catalogue catalogue;
    private final Texts texts;
    private final RecognitionPermissions permissions;

    CriteriaController(Catalogue catalogue, Texts texts, RecognitionPermissions permissions) {
        this.catalogue = catalogue;
        this.texts = texts;
        this.permissions = permissions;
    }

    private boolean editor(HttpServletRequest request) {
        return permissions.may("criteria.edit");
    }

    @GetMapping
    String list(Model model) {
        List<CriteriaSet> sets = catalogue.sets();
        model.addAttribute("titles", catalogue.titles());
        model.addAttribute("regimes", catalogue.regimes());
        model.addAttribute("setsByTitle", sets.stream().collect(Collectors.groupingBy(CriteriaSet::titleCode)));
        return "recognition/criteria";
    }

    @GetMapping("/{id}")
    String set(@PathVariable long id, Model model, HttpServletRequest request) {
        CriteriaSet set = catalogue.set(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("set", set);
        model.addAttribute("titleKind", catalogue.title(set.titleCode()).orElseThrow());
        model.addAttribute("criteria", catalogue.criteria(id));
        model.addAttribute("editor", editor(request));
        model.addAttribute("regime", catalogue.regimes().stream().filter(r -> r.code().equals(set.regimeCode()))
                .findFirst().orElse(null));
        return "recognition/criteria-set";
    }

    private String edit(long id, HttpServletRequest request, RedirectAttributes flash, RoundController.Action a) {
        if (!editor(request)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        try {
            flash.addFlashAttribute("flash", a.run());
        } catch (Refused e) {
            flash.addFlashAttribute("flashError", texts.of(e));
        }
        return "redirect:/recognition/criteria/" + id;
    }

    @PostMapping("/{id}/copy")
    String copy(@PathVariable long id, @RequestParam(defaultValue = "") String province,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String validFrom,
            HttpServletRequest request, RedirectAttributes flash) {
        if (!editor(request)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        try {
            long copy = catalogue.copyForProvince(id, province, Dates.parseOrRefuse(validFrom, "validFrom"), name);
            flash.addFlashAttribute("flash", texts.get("recognition.flash.copied", province.strip()));
            return "redirect:/recognition/criteria/" + copy;
        } catch (Refused e) {
            flash.addFlashAttribute("flashError", texts.of(e));
            return "redirect:/recognition/criteria/" + id;
        }
    }

    @PostMapping("/{id}/parameters")
    String parameters(@PathVariable long id, @RequestParam(defaultValue = "") String quorum,
            @RequestParam(defaultValue = "") String approval, @RequestParam(defaultValue = "") String postingDays,
            @RequestParam(defaultValue = "") String decideDays, @RequestParam(defaultValue = "") String note,
            HttpServletRequest request, RedirectAttributes flash) {
        return edit(id, request, flash, () -> {
            catalogue.updateParameters(id, percent(quorum, "quorum"), percent(approval, "approval"),
                    days(postingDays, "postingDays"), days(decideDays, "decideDays"), note);
            return texts.get("recognition.flash.parametersSaved");
        });
    }

    @PostMapping("/{id}/criteria")
    String addCriterion(@PathVariable long id, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "false") boolean exclusion,
            @RequestParam(defaultValue = "") String legalBasis, HttpServletRequest request,
            RedirectAttributes flash) {
        return edit(id, request, flash, () -> {
            catalogue.addCriterion(id, code, text, exclusion, legalBasis);
            return texts.get(exclusion ? "recognition.flash.exclusionAdded" : "recognition.flash.criterionAdded");
        });
    }

    private static BigDecimal percent(String text, String field) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new RecognitionRefused(field, "recognition.refused.set.percentNotNumber");
        }
    }

    private static Integer days(String text, String field) {
        return text.isBlank() ? null : RoundController.number(text, field);
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
