package vn.chungsuc.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.indicators.IndicatorsApi;
import vn.chungsuc.indicators.TargetProgress;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * The public pages: the list of programmes and a programme's progress for a unit (the programme's own unit or one
 * directly under it) and year. Rendered pages are kept for {@code chungsuc.portal.cache-ttl} (1 s by default), so a
 * figure shows here at most that long after it changed on the dashboard.
 */
@Controller
class PortalController {

    private final CampaignApi campaign;
    private final IndicatorsApi indicators;
    private final TerritoryApi territory;
    private final SpringTemplateEngine templates;
    private final ApplicationContext context;
    private final PageCache cache;

    PortalController(CampaignApi campaign, IndicatorsApi indicators, TerritoryApi territory,
            SpringTemplateEngine templates, ApplicationContext context,
            @Value("${chungsuc.portal.cache-ttl:1s}") Duration ttl) {
        this.campaign = campaign;
        this.indicators = indicators;
        this.territory = territory;
        this.templates = templates;
        this.context = context;
        this.cache = new PageCache(ttl, 10_000, System::nanoTime);
    }

    @GetMapping("/public")
    ResponseEntity<byte[]> home(HttpServletRequest request, HttpServletResponse response) {
        Locale locale = LocaleContextHolder.getLocale();
        return page("home|" + locale.getLanguage(), request, response, "portal/home",
                () -> Map.of("programmes", campaign.programmes()));
    }

    @GetMapping("/public/programmes/{id}")
    ResponseEntity<byte[]> programme(@PathVariable long id, @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer year, HttpServletRequest request, HttpServletResponse response) {
        Locale locale = LocaleContextHolder.getLocale();
        String code = unit == null || unit.isBlank() ? "" : unit.strip().toUpperCase(Locale.ROOT);
        // The key is the request as asked: everything else (the programme, its units, the figures) is read only when
        // the page is rendered, at most once per time to live.
        String key = "programme|" + id + "|" + code + "|" + year + "|" + locale.getLanguage();
        return page(key, request, response, "portal/programme", () -> {
            ProgrammeView p = campaign.programme(id)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
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
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("programme", p);
            model.put("unit", u);
            model.put("home", home);
            model.put("units", below);
            model.put("year", y);
            model.put("years", IntStream.rangeClosed(p.periodFrom(), p.periodTo()).boxed().toList());
            model.put("targets", targets);
            model.put("renderedAt", Instant.now());
            return model;
        });
    }

    /** An unknown programme, unit or year: the Vietnamese error page a visitor can read, not a JSON body. */
    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView notFound(ResponseStatusException e, HttpServletResponse response) {
        response.setStatus(e.getStatusCode().value());
        return new ModelAndView("error", Map.of("status", e.getStatusCode().value()));
    }

    private ResponseEntity<byte[]> page(String key, HttpServletRequest request, HttpServletResponse response,
            String template, java.util.function.Supplier<Map<String, Object>> model) {
        PageCache.Page page = cache.get(key, () -> render(template, model.get(), request, response));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofSeconds(1)).cachePublic())
                .body(page.body());
    }

    private byte[] render(String template, Map<String, Object> model, HttpServletRequest request,
            HttpServletResponse response) {
        JakartaServletWebApplication app = JakartaServletWebApplication.buildApplication(request.getServletContext());
        WebContext ctx = new WebContext(app.buildExchange(request, response), LocaleContextHolder.getLocale());
        ctx.setVariables(model);
        ctx.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        return templates.process(template, ctx).getBytes(StandardCharsets.UTF_8);
    }
}
