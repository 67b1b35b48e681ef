package vn.chungsuc.indicators.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.indicators.domain.Definitions;
import vn.chungsuc.indicators.domain.EntryRefused;
import vn.chungsuc.indicators.domain.FigureMaintenance;
import vn.chungsuc.indicators.domain.IndicatorStore;
import vn.chungsuc.indicators.domain.Method;
import vn.chungsuc.indicators.domain.MetricCounter;
import vn.chungsuc.indicators.domain.Recomputation;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.shared.web.VnFormat;

/**
 * The indicators: how each is measured, whether the metrics it needs are published by a module yet, and (for Front
 * officers and administrators) switching its method and recomputing every figure from the records.
 */
@Controller
@RequestMapping("/indicators")
class DefinitionsController {

    private final IndicatorStore store;
    private final Definitions definitions;
    private final FigureMaintenance maintenance;
    private final Recomputation recomputation;
    private final CampaignApi campaign;
    private final MessageSource messages;
    private final Today clock;

    DefinitionsController(IndicatorStore store, Definitions definitions, FigureMaintenance maintenance,
            Recomputation recomputation, CampaignApi campaign, MessageSource messages, Today clock) {

        this.clock = clock;
        this.store = store;
        this.definitions = definitions;
        this.maintenance = maintenance;
        this.recomputation = recomputation;
        this.campaign = campaign;
        this.messages = messages;
    }

    @GetMapping("/definitions")
    String list(Model model) {
        MetricCounter counter = maintenance.counter();
        model.addAttribute("indicators", store.all());
        model.addAttribute("metrics", counter.metrics());
        model.addAttribute("counter", counter);
        model.addAttribute("mayEdit", definitions.mayEdit());
        model.addAttribute("methods", Method.values());
        return "indicators/definitions";
    }

    @PostMapping("/definitions/{code}")
    String change(@PathVariable String code, @RequestParam Method method,
            @RequestParam(required = false) String numeratorMetric,
            @RequestParam(required = false) String denominatorMetric,
            @RequestParam(required = false) String recordsLink, RedirectAttributes redirect) {
        definitions.change(code, method, numeratorMetric, denominatorMetric, recordsLink, programmePeriods());
        redirect.addFlashAttribute("flash", msg("indicators.definition.saved", code));
        return "redirect:/indicators/definitions";
    }

    @PostMapping("/recompute")
    String recompute(RedirectAttributes redirect) {
        if (!definitions.mayEdit()) {
            throw new AccessDeniedException("not a Front officer");
        }
        Recomputation.Summary s = recomputation.recomputeAll();
        redirect.addFlashAttribute("flash", msg("indicators.recompute.done", s.periods(), s.figureSets(), s.millis()));
        return "redirect:/indicators/definitions";
    }

    @ExceptionHandler(EntryRefused.class)
    String refused(EntryRefused e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", messages.getMessage(e.key(), e.args(),
                LocaleContextHolder.getLocale()));
        return "redirect:/indicators/definitions";
    }

    /** Every year (and first half) of every programme up to this year: what a computed indicator is counted for. */
    private List<Period> programmePeriods() {
        int now = clock.year();
        List<Period> out = new ArrayList<>();
        for (ProgrammeView p : campaign.programmes()) {
            for (int y = p.periodFrom(); y <= Math.min(p.periodTo(), now); y++) {
                if (!out.contains(Period.year(y))) {
                    out.add(Period.year(y));
                    out.add(Period.firstHalf(y));
                }
            }
        }
        return out;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
