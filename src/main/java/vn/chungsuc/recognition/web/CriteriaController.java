package vn.chungsuc.recognition.web;

import vn.chungsuc.recognition.RecognitionPermissions;
import java.security.Principal;
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

    private CriteriaSet found(long id) {
        return catalogue.set(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private boolean editor(CriteriaSet set) {
        return permissions.mayEditSet(set.provinceCode(), set.confirmed());
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
    String set(@PathVariable long id, Model model) {
        CriteriaSet set = found(id);
        model.addAttribute("set", set);
        model.addAttribute("titleKind", catalogue.title(set.titleCode()).orElseThrow());
        model.addAttribute("criteria", catalogue.criteria(id));
        model.addAttribute("editor", editor(set));
        model.addAttribute("copier", permissions.mayCopy());
        model.addAttribute("admin", permissions.mayEditSet(null, true));
        model.addAttribute("lastChange", editor(set) ? catalogue.lastChange(id).orElse(null) : null);
        model.addAttribute("copiedFrom", set.copiedFrom() == null ? null : catalogue.set(set.copiedFrom()).orElse(null));
        model.addAttribute("regime", catalogue.regimes().stream().filter(r -> r.code().equals(set.regimeCode()))
                .findFirst().orElse(null));
        return "recognition/criteria-set";
    }

    /** A change of the set: 403 unless the user may edit it; a refusal comes back as the page's error. */
    private String edit(long id, RedirectAttributes flash, RoundController.Action a) {
        if (!editor(found(id))) {
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
            @RequestParam(defaultValue = "") String validTo, RedirectAttributes flash) {
        found(id);
        if (!permissions.mayCopy()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        try {
            String p = province.strip();
            if (p.isEmpty()) {
                throw new RecognitionRefused("province", "recognition.refused.set.provinceMissing");
            }
            if (p.length() > 20 || !permissions.mayCopyTo(p)) {
                throw new RecognitionRefused("province", "recognition.refused.set.provinceNotYours");
            }
            long copy = catalogue.copyForProvince(id, p, validFrom.isBlank() ? null
                    : Dates.parseOrRefuse(validFrom, "validFrom"), validTo.isBlank() ? null
                    : Dates.parseOrRefuse(validTo, "validTo").plusDays(1), name); // the page's "until" is inclusive
            flash.addFlashAttribute("flash", texts.get("recognition.flash.copied", p));
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
            Principal principal, RedirectAttributes flash) {
        return edit(id, flash, () -> {
            catalogue.updateParameters(id, percent(quorum, "quorum"), percent(approval, "approval"),
                    days(postingDays, "postingDays"), days(decideDays, "decideDays"), note, principal.getName());
            return texts.get("recognition.flash.parametersSaved");
        });
    }

    @PostMapping("/{id}/criteria")
    String addCriterion(@PathVariable long id, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "false") boolean exclusion,
            @RequestParam(defaultValue = "") String legalBasis, Principal principal, RedirectAttributes flash) {
        return edit(id, flash, () -> {
            catalogue.addCriterion(id, code, text, exclusion, legalBasis, principal.getName());
            return texts.get(exclusion ? "recognition.flash.exclusionAdded" : "recognition.flash.criterionAdded");
        });
    }

    @PostMapping("/{id}/criteria/{criterion}/delete")
    String removeCriterion(@PathVariable long id, @PathVariable long criterion, Principal principal,
            RedirectAttributes flash) {
        return edit(id, flash, () -> texts.get("recognition.flash.criterionRemoved",
                catalogue.removeCriterion(id, criterion, principal.getName()).code()));
    }

    @PostMapping("/{id}/undo")
    String undo(@PathVariable long id, Principal principal, RedirectAttributes flash) {
        return edit(id, flash, () -> {
            catalogue.undo(id, principal.getName());
            return texts.get("recognition.flash.undone");
        });
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam(defaultValue = "true") boolean confirmed,
            RedirectAttributes flash) {
        // Once confirmed the set is the administrator's alone: only he takes the mark off again.
        if (!confirmed && !permissions.mayEditSet(null, true)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return edit(id, flash, () -> {
            catalogue.confirm(id, confirmed);
            return texts.get(confirmed ? "recognition.flash.confirmed" : "recognition.flash.unconfirmed");
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
