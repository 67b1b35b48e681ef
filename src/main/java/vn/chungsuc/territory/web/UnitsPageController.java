package vn.chungsuc.territory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chungsuc.shared.scope.CurrentUnitScope;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.shared.web.VnFormat;
import vn.chungsuc.territory.Lineage;
import vn.chungsuc.territory.SearchPage;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitNode;
import vn.chungsuc.territory.UnitRef;
import vn.chungsuc.territory.UnitView;

/**
 * The unit browser: a tree from the user's roots on a chosen date, expanded lazily with htmx, a search without
 * accents, and a page per unit with its versions and lineage. One handler serves a page or the fragment htmx asks
 * for. A mistyped date or page number gets the page back with a message and the default value (status 400).
 */
@Controller
class UnitsPageController {

    private static final int PAGE_SIZE = 20;

    private final TerritoryApi territory;
    private final CurrentUnitScope scope;
    private final Messages messages;
    private final VnFormat fmt;
    private final Today clock;

    UnitsPageController(TerritoryApi territory, CurrentUnitScope scope, Messages messages, VnFormat fmt, Today clock) {

        this.clock = clock;
        this.territory = territory;
        this.scope = scope;
        this.messages = messages;
        this.fmt = fmt;
    }

    @GetMapping("/units")
    String units(@RequestParam(required = false) String asOf, @RequestParam(required = false) String q,
            @RequestParam(required = false) String page,
            @RequestHeader(name = "HX-Target", required = false) String htmxTarget, Model model,
            HttpServletResponse response) {
        PageParams params = new PageParams(messages, fmt, clock.date());
        LocalDate date = params.asOf(asOf);
        int pageNo = params.page(page);
        reportProblems(params, model, response);
        UnitScope current = scope.current();
        model.addAttribute("asOf", date);
        model.addAttribute("q", q == null ? "" : q.strip());
        if (q != null && !q.isBlank()) {
            SearchPage results = territory.search(q, date, current, pageNo, PAGE_SIZE);
            if (results.total() > 0 && results.page() >= results.totalPages()) {
                // A page past the end (an old link, a typed number) shows the last page rather than no rows.
                results = territory.search(q, date, current, results.totalPages() - 1, PAGE_SIZE);
            }
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
        catalogueNotice(date).ifPresent(notice -> model.addAttribute("catalogueNotice", notice));
        return "territory/units";
    }

    /** The children of a node of the tree, for htmx when the node opens. */
    @GetMapping("/units/{code}/children")
    String children(@PathVariable String code, @RequestParam(required = false) String asOf, Model model,
            HttpServletResponse response) {
        PageParams params = new PageParams(messages, fmt, clock.date());
        LocalDate date = params.asOf(asOf);
        model.addAttribute("asOf", date);
        if (params.hasProblems()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("nodeProblems", params.problems());
            model.addAttribute("nodes", List.of());
            return "territory/units :: nodes";
        }
        UnitScope current = scope.current();
        UnitView unit = territory.find(code, date, current).orElseThrow(() -> new UnitNotFound(code, date));
        model.addAttribute("nodes", territory.childNodes(unit.code(), date, current));
        return "territory/units :: nodes";
    }

    @GetMapping("/units/{code}")
    String unit(@PathVariable String code, @RequestParam(required = false) String asOf, Model model,
            HttpServletResponse response) {
        PageParams params = new PageParams(messages, fmt, clock.date());
        LocalDate date = params.asOf(asOf);
        reportProblems(params, model, response);
        UnitScope current = scope.current();
        List<UnitView> versions = territory.versions(code, current);
        if (versions.isEmpty()) {
            // The same words as the API, whether the unit does not exist or lies outside the scope.
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("asOf", date);
            model.addAttribute("message", messages.get("territory.api.notFoundOn", code, fmt.date(date)));
            return "territory/not-found";
        }
        // On a date when the unit did not exist (before it was formed, after a merger) show the nearest version
        // and say so, rather than a dead end: lineage links lead here from other dates.
        UnitView shown = versions.stream().filter(v -> v.validOn(date)).findFirst()
                .orElseGet(() -> nearest(versions, date));
        boolean validOnDate = shown.validOn(date);
        LocalDate seenOn = seenOn(shown, date);
        Lineage lineage = territory.lineage(shown.code());
        model.addAttribute("asOf", date);
        model.addAttribute("unit", shown);
        model.addAttribute("validOnDate", validOnDate);
        if (!validOnDate) {
            model.addAttribute("dateNotice", dateNotice(shown, date, seenOn, current));
        }
        model.addAttribute("seenOn", seenOn);
        model.addAttribute("ancestors", territory.ancestors(shown, seenOn, current));
        model.addAttribute("parent", shown.parentCode() == null ? null
                : territory.find(shown.parentCode(), seenOn, UnitScope.ALL).orElse(null));
        model.addAttribute("parentVisible", shown.parentCode() != null
                && territory.find(shown.parentCode(), seenOn, current).isPresent());
        model.addAttribute("children", territory.childNodes(shown.code(), seenOn, current));
        model.addAttribute("versions", versions);
        model.addAttribute("catalogueStarts", territory.catalogueStarts(shown.code()));
        model.addAttribute("parentNames", parentNames(versions));
        model.addAttribute("lineage", lineage);
        model.addAttribute("linkable", linkable(lineage, current));
        return "territory/unit";
    }

    /**
     * The date the page describes the unit on: the date asked for while the version is valid, its last day when
     * the date is after its end (a merged ward lists the areas it had when it ended), its first day otherwise.
     */
    private static LocalDate seenOn(UnitView shown, LocalDate date) {
        if (shown.validOn(date)) {
            return date;
        }
        if (shown.validTo() != null && !date.isBefore(shown.validTo())) {
            return shown.validTo().minusDays(1);
        }
        return shown.validFrom();
    }

    /**
     * Why the page shows another date than asked. With a scope over everything, whether the unit had not begun or
     * had ended; within a smaller scope, only that it is not there within the scope (the API's words), whatever
     * the reason, so that no one learns of versions outside his scope.
     */
    private String dateNotice(UnitView shown, LocalDate date, LocalDate seenOn, UnitScope current) {
        if (!current.everything()) {
            return messages.get("territory.api.notFoundOn", shown.code(), fmt.date(date)) + " "
                    + messages.get("territory.unit.nearestInScope", fmt.date(seenOn));
        }
        if (date.isBefore(shown.validFrom())) {
            return messages.get("territory.unit.notYet", fmt.date(date), fmt.date(shown.validFrom()));
        }
        return messages.get("territory.unit.notAnyMore", fmt.date(date), fmt.date(shown.validFrom()),
                fmt.date(shown.validTo()), fmt.date(seenOn));
    }

    /** The predecessors and successors the user may open: those with a version inside his scope. */
    private Set<String> linkable(Lineage lineage, UnitScope current) {
        Set<String> codes = new LinkedHashSet<>();
        Stream.concat(lineage.predecessors().stream(), lineage.successors().stream())
                .map(UnitRef::code)
                .filter(c -> current.everything() || !territory.versions(c, current).isEmpty())
                .forEach(codes::add);
        return codes;
    }

    /**
     * From the day the 2025 reorganisation took effect, units that no recorded change touched still look as the
     * imported catalogue says, which for a catalogue older than that reorganisation is out of date.
     */
    private Optional<String> catalogueNotice(LocalDate date) {
        if (date.isBefore(UnitLevel.TWO_TIER_FROM)) {
            return Optional.empty();
        }
        Optional<LocalDate> catalogue = territory.catalogueValidFrom(date);
        if (catalogue.isPresent() && !catalogue.get().isBefore(UnitLevel.TWO_TIER_FROM)) {
            return Optional.empty();
        }
        return Optional.of(catalogue
                .map(from -> messages.get("territory.tree.oldCatalogue", fmt.date(from),
                        fmt.date(UnitLevel.TWO_TIER_FROM)))
                .orElseGet(() -> messages.get("territory.tree.oldCatalogueUndated",
                        fmt.date(UnitLevel.TWO_TIER_FROM))));
    }

    private static void reportProblems(PageParams params, Model model, HttpServletResponse response) {
        if (params.hasProblems()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", params.problems());
        }
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
