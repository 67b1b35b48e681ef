package vn.chungsuc.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.sections.PublicFragment;
import vn.chungsuc.shared.sections.PublicQuery;
import vn.chungsuc.shared.sections.PublicSection;
import vn.chungsuc.shared.sections.PublicSections;
import vn.chungsuc.territory.TerritoryApi;

/**
 * The public portal: its home lists the sections the modules contribute ({@link PublicSection}: the programmes'
 * progress, the poverty lists under public posting…), and it serves a section's page at {@code /public/{key}} and
 * one of its items at {@code /public/{key}/{id}} on the portal layout. The responses are kept for a second by the
 * public pages' micro-cache in front of the application ({@code shared.web.PublicPageCache}), so a figure shows
 * here at most that long after it changed, and a crowd opening the same page costs one rendering a second.
 */
@Controller
class PortalController {

    private static final String CACHE_CONTROL = CacheControl.maxAge(Duration.ofSeconds(1)).cachePublic()
            .getHeaderValue();

    private final PublicSections sections;
    private final TerritoryApi territory;

    PortalController(PublicSections sections, TerritoryApi territory) {
        this.sections = sections;
        this.territory = territory;
    }

    /** A section on the home page: the section, its summary, and the units and years it covers, named. */
    record Entry(PublicSection section, PublicFragment summary, List<String> coverage) {
    }

    @GetMapping("/public")
    String home(Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        List<Entry> entries = new ArrayList<>();
        for (PublicSection s : sections.all()) {
            PublicFragment summary = s.summary();
            List<String> coverage = s.coverage().stream().map(c -> unitName(c.unitCode(), c.toYear()) + ": "
                    + c.years()).distinct().toList();
            entries.add(new Entry(s, summary, coverage));
        }
        model.addAttribute("entries", entries);
        return "portal/home";
    }

    @GetMapping("/public/{key}")
    String section(@PathVariable String key, @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer year, Model model, HttpServletResponse response) {
        PublicSection s = sections.find(key).orElseThrow(PortalController::notFound);
        model.addAttribute("index", true);
        return render(s, s.index(new PublicQuery(unit, year)), model, response);
    }

    @GetMapping("/public/{key}/{id}")
    String item(@PathVariable String key, @PathVariable String id, @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer year, Model model, HttpServletResponse response) {
        PublicSection s = sections.find(key).orElseThrow(PortalController::notFound);
        return render(s, s.item(id, new PublicQuery(unit, year)), model, response);
    }

    private String render(PublicSection s, Optional<PublicFragment> page, Model model,
            HttpServletResponse response) {
        PublicFragment f = page.orElseThrow(PortalController::notFound);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        model.addAttribute("section", s);
        model.addAttribute("view", f);
        return "portal/section";
    }

    private String unitName(String code, int year) {
        return territory.find(code, LocalDate.of(year, 12, 31), UnitScope.ALL).map(u -> u.fullName())
                .or(() -> territory.latest(code).map(r -> r.fullName())).orElse(code);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** An unknown section, item, unit or year: a Vietnamese error page on the portal layout, not a JSON body. */
    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView notFound(ResponseStatusException e, HttpServletResponse response) {
        response.setStatus(e.getStatusCode().value());
        return new ModelAndView("portal/error", Map.of("status", e.getStatusCode().value()));
    }
}
