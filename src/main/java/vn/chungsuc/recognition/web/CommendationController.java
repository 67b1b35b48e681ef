package vn.chungsuc.recognition.web;

import org.springframework.security.access.prepost.PreAuthorize;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.recognition.domain.Commendations;
import vn.chungsuc.recognition.domain.RecognitionRefused;
import vn.chungsuc.recognition.domain.Title;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.CurrentUnitScope;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.text.Texts;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitNode;
import vn.chungsuc.territory.UnitView;

/** Who is eligible for a Giấy khen in a year (non-overlapping windows of consecutive years), and recording it. */
@Controller
@RequestMapping("/recognition/commendations")
class CommendationController {

    private final Commendations commendations;
    private final TerritoryApi territory;
    private final CurrentUnitScope scope;
    private final Today today;
    private final Texts texts;

    CommendationController(Commendations commendations, TerritoryApi territory, CurrentUnitScope scope, Today today,
            Texts texts) {
        this.commendations = commendations;
        this.territory = territory;
        this.scope = scope;
        this.today = today;
        this.texts = texts;
    }

    private UnitView unit(String code, LocalDate on) {
        UnitScope s = scope.current();
        return code.isBlank() ? territory.roots(on, s).stream().findFirst().map(UnitNode::unit).orElse(null)
                : territory.find(code, on, s).orElse(null);
    }

    private List<String> units(UnitView u, LocalDate on) {
        return u == null ? List.of() : territory.subtree(u.code(), on, UnitScope.ALL).stream().map(UnitView::code)
                .toList();
    }

    @GetMapping
    String list(@RequestParam(defaultValue = Title.CULTURAL_FAMILY) String title,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "") String unit, Model model) {
        int y = year == null ? today.year() - 1 : year;
        LocalDate on = LocalDate.of(y, 12, 31);
        UnitView u = unit(unit, on);
        model.addAttribute("titleCode", title);
        model.addAttribute("year", y);
        model.addAttribute("years", RoundController.years(today));
        model.addAttribute("unit", u);
        model.addAttribute("consecutive", commendations.years(title, y).orElse(null));
        model.addAttribute("eligible", u == null ? List.of() : commendations.eligible(title, y, units(u, on)));
        model.addAttribute("canManage", u != null && scope.current().canManage(u.path()));
        return "recognition/commendations";
    }

    @PostMapping
    @PreAuthorize("@recognitionPermissions.may('commendation.propose')")
    String commend(@RequestParam(defaultValue = Title.CULTURAL_FAMILY) String title, @RequestParam int year,
            @RequestParam(defaultValue = "") String unit, @RequestParam(required = false) List<String> subject,
            @RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String signedOn,
            RedirectAttributes flash) {
        LocalDate on = LocalDate.of(year, 12, 31);
        try {
            UnitView u = unit(unit, on);
            if (u == null || !scope.current().canManage(u.path())) {
                throw new RecognitionRefused("unit", "recognition.refused.unit.notManaged");
            }
            int n = commendations.commend(title, year, subject, units(u, on), number,
                    Dates.parseOrRefuse(signedOn, "signedOn"));
            flash.addFlashAttribute("flash", texts.get("recognition.flash.commended", n));
        } catch (Refused e) {
            flash.addFlashAttribute("flashError", texts.of(e));
        }
        return "redirect:/recognition/commendations?title=" + title + "&year=" + year + "&unit=" + unit;
    }
}
