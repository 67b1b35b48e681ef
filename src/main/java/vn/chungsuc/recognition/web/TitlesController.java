package vn.chungsuc.recognition.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.chungsuc.recognition.domain.Catalogue;
import vn.chungsuc.recognition.domain.Decisions;
import vn.chungsuc.recognition.domain.Title;
import vn.chungsuc.shared.scope.CurrentUnitScope;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitNode;
import vn.chungsuc.territory.UnitView;

/**
 * The titles holding in a unit on a date: the records behind the dashboard's figures (its "records" link), by the
 * same rule the counts follow.
 */
@Controller
@RequestMapping("/recognition/titles")
class TitlesController {

    static final int PAGE_SIZE = 100;

    private final Decisions decisions;
    private final Catalogue catalogue;
    private final TerritoryApi territory;
    private final CurrentUnitScope scope;
    private final Today today;

    TitlesController(Decisions decisions, Catalogue catalogue, TerritoryApi territory, CurrentUnitScope scope,
            Today today) {
        this.decisions = decisions;
        this.catalogue = catalogue;
        this.territory = territory;
        this.scope = scope;
        this.today = today;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String asOf,
            @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "0") int page, Model model) {
        // An unreadable date is refused; the shared refusal page answers 400 with the reason in the user's language.
        LocalDate on = today.orToday(Dates.parseOrRefuse(asOf, "asOf"));
        UnitScope s = scope.current();
        UnitView u = unit.isBlank() ? territory.roots(on, s).stream().findFirst().map(UnitNode::unit).orElse(null)
                : territory.find(unit, on, s).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String code = title.isBlank() ? guess(unit) : title;
        model.addAttribute("titles", catalogue.titles());
        model.addAttribute("titleCode", code);
        model.addAttribute("asOf", Dates.show(on));
        model.addAttribute("yearInForce", Decisions.yearInForce(on));
        model.addAttribute("unit", u);
        if (u != null) {
            List<UnitView> units = territory.subtree(u.code(), on, UnitScope.ALL);
            Map<String, String> names = units.stream().collect(Collectors.toMap(UnitView::code, UnitView::fullName,
                    (a, b) -> a));
            List<Decisions.AwardRow> rows = decisions.inForce(code, names.keySet(), on);
            int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
            int p = Math.max(0, Math.min(page, pages - 1));
            model.addAttribute("total", rows.size());
            model.addAttribute("rows", rows.subList(p * PAGE_SIZE, Math.min(rows.size(), (p + 1) * PAGE_SIZE)));
            model.addAttribute("names", names);
            model.addAttribute("page", p);
            model.addAttribute("totalPages", pages);
            model.addAttribute("queryRest", "unit=" + u.code() + "&asOf=" + on + "&title=" + code);
        }
        return "recognition/titles";
    }

    /** Families when the unit is a residential area, else families too (the most asked); the page offers others. */
    private static String guess(String unit) {
        return Title.CULTURAL_FAMILY;
    }
}
