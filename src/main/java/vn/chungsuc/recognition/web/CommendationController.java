package vn.chungsuc.recognition.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
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
import vn.chungsuc.shared.text.VietnameseText;
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

    /** Rows of the eligible list on one page: the town's list runs to thousands. */
    static final int PAGE_SIZE = 100;

    private static int year(Integer year, Today today) {
        int y = year == null ? today.year() - 1 : year;
        if (y < 1990 || y > 2100) {
            throw new RecognitionRefused("year", "recognition.refused.yearOutOfRange");
        }
        return y;
    }

    /** The eligible whose code or name holds the search text, accents and case aside. */
    private static List<Commendations.Eligible> matching(List<Commendations.Eligible> all, String q) {
        String key = VietnameseText.searchKey(q == null ? "" : q.strip());
        if (key.isEmpty()) {
            return all;
        }
        return all.stream().filter(e -> VietnameseText.searchKey(e.subjectCode() + " " + e.subjectName())
                .contains(key)).toList();
    }

    @GetMapping
    String list(@RequestParam(defaultValue = Title.CULTURAL_FAMILY) String title,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        int y = year(year, today);
        LocalDate on = LocalDate.of(y, 12, 31);
        UnitView u = unit(unit, on);
        model.addAttribute("titleCode", title);
        model.addAttribute("year", y);
        model.addAttribute("years", RoundController.years(today));
        model.addAttribute("unit", u);
        model.addAttribute("consecutive", commendations.years(title, y).orElse(null));
        List<Commendations.Eligible> all = u == null ? List.of() : commendations.eligible(title, y, units(u, on));
        List<Commendations.Eligible> found = matching(all, q);
        int pages = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.max(0, Math.min(page, pages - 1));
        model.addAttribute("eligibleTotal", all.size());
        model.addAttribute("found", found.size());
        model.addAttribute("eligible", found.subList(p * PAGE_SIZE, Math.min(found.size(), (p + 1) * PAGE_SIZE)));
        model.addAttribute("q", q);
        model.addAttribute("page", p);
        model.addAttribute("totalPages", pages);
        model.addAttribute("queryRest", org.springframework.web.util.UriComponentsBuilder.newInstance()
                .queryParam("title", title).queryParam("year", y).queryParam("unit", u == null ? "" : u.code())
                .queryParam("q", q).encode().build().getQuery());
        model.addAttribute("canManage", u != null && scope.current().canManage(u.path()));
        return "recognition/commendations";
    }

    @PostMapping
    @PreAuthorize("@recognitionPermissions.may('commendation.propose')")
    String commend(@RequestParam(defaultValue = Title.CULTURAL_FAMILY) String title, @RequestParam int year,
            @RequestParam(defaultValue = "") String unit, @RequestParam(required = false) List<String> subject,
            @RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String signedOn,
            @RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "") String q,
            RedirectAttributes flash) {
        try {
            year(year, today);
            LocalDate on = LocalDate.of(year, 12, 31);
            UnitView u = unit(unit, on);
            if (u == null || !scope.current().canManage(u.path())) {
                throw new RecognitionRefused("unit", "recognition.refused.unit.notManaged");
            }
            // "all that match the search" records every eligible subject of the filter, not only the page shown
            List<String> subjects = all ? matching(commendations.eligible(title, year, units(u, on)), q).stream()
                    .map(Commendations.Eligible::subjectCode).toList() : subject;
            int n = commendations.commend(title, year, subjects, units(u, on), number,
                    Dates.parseOrRefuse(signedOn, "signedOn"));
            flash.addFlashAttribute("flash", texts.get("recognition.flash.commended", n));
        } catch (Refused e) {
            flash.addFlashAttribute("flashError", texts.of(e));
        }
        return "redirect:" + org.springframework.web.util.UriComponentsBuilder.fromPath("/recognition/commendations")
                .queryParam("title", title).queryParam("year", year).queryParam("unit", unit).queryParam("q", q)
                .encode().build().toUriString();
    }
}
