package vn.chungsuc.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
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
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.indicators.IndicatorsApi;
import vn.chungsuc.indicators.TargetProgress;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * The public pages: the list of programmes and a programme's progress for a unit (the programme's own unit or one
 * directly under it) and year. The responses are kept for a second by the public pages' micro-cache in front of the
 * application ({@code shared.web.PublicPageCache}), so a figure shows here at most that long after it changed on the
 * dashboard, and a crowd opening the same page costs one rendering a second.
 */
@Controller
class PortalController {

    private static final String CACHE_CONTROL = CacheControl.maxAge(Duration.ofSeconds(1)).cachePublic()
            .getHeaderValue();

    private final CampaignApi campaign;
    private final IndicatorsApi indicators;
    private final TerritoryApi territory;

    PortalController(CampaignApi campaign, IndicatorsApi indicators, TerritoryApi territory) {
        this.campaign = campaign;
        this.indicators = indicators;
        this.territory = territory;
    }

    @GetMapping("/public")
    String home(Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        model.addAttribute("programmes", campaign.programmes());
        return "portal/home";
    }

    @GetMapping("/public/programmes/{id}")
    String programme(@PathVariable long id, @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer year, Model model, HttpServletResponse response) {
        String code = unit == null || unit.isBlank() ? "" : unit.strip().toUpperCase(Locale.ROOT);
        ProgrammeView p = campaign.programme(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int y = year == null ? Math.min(p.periodTo(), Math.max(p.periodFrom(), LocalDate.now().getYear())) : year;
        if (!p.covers(y)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        LocalDate end = LocalDate.of(y, 12, 31);
        UnitView home = territory.find(p.unitCode(), end, UnitScope.ALL)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<UnitView> below = territory.children(home.code(), end, UnitScope.ALL);
        Optional<UnitView> shown = code.isEmpty() || code.equals(home.code()) ? Optional.of(home)
                : below.stream().filter(u -> u.code().equals(code)).findFirst();
        UnitView u = shown.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<TargetProgress> targets = indicators.progress(id, u.code(), y, false, null, UnitScope.ALL)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        model.addAttribute("programme", p);
        model.addAttribute("unit", u);
        model.addAttribute("home", home);
        model.addAttribute("units", below);
        model.addAttribute("year", y);
        model.addAttribute("years", IntStream.rangeClosed(p.periodFrom(), p.periodTo()).boxed().toList());
        model.addAttribute("targets", targets);
        model.addAttribute("renderedAt", Instant.now());
        return "portal/programme";
    }

    /** An unknown programme, unit or year: the Vietnamese error page a visitor can read, not a JSON body. */
    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView notFound(ResponseStatusException e, HttpServletResponse response) {
        response.setStatus(e.getStatusCode().value());
        return new ModelAndView("error", Map.of("status", e.getStatusCode().value()));
    }
}
