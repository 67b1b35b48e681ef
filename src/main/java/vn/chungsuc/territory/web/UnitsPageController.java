package vn.chungsuc.territory.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chungsuc.shared.scope.CurrentUnitScope;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.Lineage;
import vn.chungsuc.territory.SearchPage;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitNode;
import vn.chungsuc.territory.UnitView;

/**
 * The unit browser: a tree from the user's roots on a chosen date, expanded lazily with htmx, a search without
 * accents, and a page per unit with its versions and lineage. One handler serves a page or the fragment htmx asks
 * for.
 */
@Controller
class UnitsPageController {

    private static final int PAGE_SIZE = 20;

    private final TerritoryApi territory;
    private final CurrentUnitScope scope;

    UnitsPageController(TerritoryApi territory, CurrentUnitScope scope) {
        this.territory = territory;
        this.scope = scope;
    }

    @GetMapping("/units")
    String units(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Target", required = false) String htmxTarget, Model model) {
        LocalDate date = Today.orElse(asOf);
        UnitScope current = scope.current();
        model.addAttribute("asOf", date);
        model.addAttribute("q", q == null ? "" : q.strip());
        if (q != null && !q.isBlank()) {
            SearchPage results = territory.search(q, date, current, page, PAGE_SIZE);
            model.addAttribute("results", results);
            model.addAttribute("queryRest", "q=" + encode(q.strip()) + "&asOf=" + date);
        }
        if ("unit-results".equals(htmxTarget)) {
            return "territory/units :: results";
        }
        List<UnitNode> roots = territory.roots(date, current);
        // The roots open with their children shown: the country shows its provinces, an officer his commune.
        Map<String, List<UnitNode>> opened = new LinkedHashMap<>();
        roots.forEach(r -> opened.put(r.unit().code(), territory.childNodes(r.unit().code(), date, current)));
        model.addAttribute("roots", roots);
        model.addAttribute("opened", opened);
        return "territory/units";
    }

    /** The children of a node of the tree, for htmx when the node opens. */
    @GetMapping("/units/{code}/children")
    String children(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        LocalDate date = Today.orElse(asOf);
        UnitScope current = scope.current();
        UnitView unit = territory.find(code, date, current).orElseThrow(() -> new UnitNotFound(code, date));
        model.addAttribute("asOf", date);
        model.addAttribute("nodes", territory.childNodes(unit.code(), date, current));
        return "territory/units :: nodes";
    }

    @GetMapping("/units/{code}")
    String unit(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        LocalDate date = Today.orElse(asOf);
        UnitScope current = scope.current();
        List<UnitView> versions = territory.versions(code, current);
        if (versions.isEmpty()) {
            throw new UnitNotFound(code, date);
        }
        // On a date when the unit did not exist (before it was formed, after a merger) show the nearest version
        // and say so, rather than a dead end: lineage links lead here from other dates.
        UnitView shown = versions.stream().filter(v -> v.validOn(date)).findFirst()
                .orElseGet(() -> nearest(versions, date));
        boolean validOnDate = shown.validOn(date);
        LocalDate seenOn = validOnDate ? date : shown.validFrom();
        Lineage lineage = territory.lineage(shown.code());
        model.addAttribute("asOf", date);
        model.addAttribute("unit", shown);
        model.addAttribute("validOnDate", validOnDate);
        model.addAttribute("seenOn", seenOn);
        model.addAttribute("ancestors", territory.ancestors(shown, seenOn, current));
        model.addAttribute("parent", shown.parentCode() == null ? null
                : territory.find(shown.parentCode(), seenOn, UnitScope.ALL).orElse(null));
        model.addAttribute("parentVisible", shown.parentCode() != null
                && territory.find(shown.parentCode(), seenOn, current).isPresent());
        model.addAttribute("children", territory.childNodes(shown.code(), seenOn, current));
        model.addAttribute("versions", versions);
        model.addAttribute("parentNames", parentNames(versions));
        model.addAttribute("lineage", lineage);
        return "territory/unit";
    }

    /** The name each version's parent had when the version began. */
    private Map<String, String> parentNames(List<UnitView> versions) {
        Map<String, String> names = new LinkedHashMap<>();
        for (UnitView v : versions) {
            if (v.parentCode() != null && !names.containsKey(v.parentCode())) {
                names.put(v.parentCode(), territory.find(v.parentCode(), v.validFrom(), UnitScope.ALL)
                        .map(UnitView::fullName).orElse(""));
            }
        }
        return names;
    }

    private static UnitView nearest(List<UnitView> versions, LocalDate date) {
        return versions.stream().filter(v -> v.validFrom().isBefore(date))
                .max(Comparator.comparing(UnitView::validFrom))
                .orElse(versions.get(0));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
