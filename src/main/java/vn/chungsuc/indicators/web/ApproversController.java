package vn.chungsuc.indicators.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.indicators.domain.Approver;
import vn.chungsuc.indicators.domain.ApproverRule;
import vn.chungsuc.indicators.domain.Approvers;
import vn.chungsuc.indicators.domain.Indicator;
import vn.chungsuc.indicators.domain.IndicatorStore;
import vn.chungsuc.shared.permission.Function;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.Bodies;
import vn.chungsuc.territory.Body;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * Who approves the entered figures: the configuration lines (unit, indicator, body, validity, basis) with a form to
 * add one and to end one, the body that owns each indicator at the level above, and a look-up that says, for a
 * unit, an indicator and a date, who approves and why (a line, or which default). Everyone signed in may read it;
 * the administrator edits it.
 */
@Controller
@RequestMapping("/indicators/approvers")
@PreAuthorize("@indicatorsPermissions.may('figures.view')")
class ApproversController {

    /** Functions a body owning an indicator may carry: the Front and the departments. */
    static final List<Function> OWNERS = List.of(Function.FRONT, Function.CULTURE, Function.SOCIAL_AFFAIRS,
            Function.ECONOMY, Function.URBAN, Function.JUSTICE, Function.POLICE, Function.HOME_AFFAIRS);

    private final Approvers approvers;
    private final IndicatorStore indicators;
    private final TerritoryApi territory;
    private final Bodies bodies;
    private final Today today;
    private final MessageSource messages;

    ApproversController(Approvers approvers, IndicatorStore indicators, TerritoryApi territory, Bodies bodies,
            Today today, MessageSource messages) {
        this.approvers = approvers;
        this.indicators = indicators;
        this.territory = territory;
        this.bodies = bodies;
        this.today = today;
        this.messages = messages;
    }

    /** A configuration line as the page shows it. */
    record Line(ApproverRule rule, String unitName, String indicatorName, String bodyName, boolean bodyGone) {
    }

    /** An entered indicator with the function that owns it. */
    record Owned(Indicator indicator, Function owner) {
    }

    /** The answer of the look-up. */
    record Answer(String unitName, String indicatorName, String date, String approver, Approver.Source source) {
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String indicator,
            @RequestParam(defaultValue = "") String on, Model model) {
        Map<String, Indicator> defs = indicators.byCode();
        List<Line> lines = new ArrayList<>();
        for (ApproverRule r : approvers.rules()) {
            Optional<Body> body = bodies.find(r.bodyCode());
            lines.add(new Line(r, territory.latest(r.unitCode()).map(u -> u.fullName()).orElse(r.unitCode()),
                    r.indicatorCode() == null ? null
                            : Optional.ofNullable(defs.get(r.indicatorCode())).map(Indicator::name)
                                    .orElse(r.indicatorCode()),
                    body.map(Body::name).orElse(r.bodyCode()),
                    body.map(b -> b.validTo() != null && !b.validTo().isAfter(r.validFrom())).orElse(true)));
        }
        Map<String, Function> owners = approvers.owners();
        List<Indicator> entered = defs.values().stream().filter(Indicator::entered).toList();
        model.addAttribute("lines", lines);
        model.addAttribute("entered", entered);
        model.addAttribute("owned", entered.stream()
                .map(i -> new Owned(i, owners.getOrDefault(i.code(), Function.FRONT))).toList());
        model.addAttribute("owners", OWNERS);
        model.addAttribute("unit", unit.strip());
        model.addAttribute("indicator", indicator.strip());
        LocalDate date = Dates.parse(on).orElse(today.date());
        model.addAttribute("on", Dates.show(date));
        if (!unit.isBlank()) {
            String code = unit.strip().toUpperCase();
            Optional<UnitView> u = territory.find(code, date, UnitScope.ALL);
            if (u.isEmpty()) {
                model.addAttribute("lookupError", msg("indicators.approvers.unit.notOn", code, Dates.show(date)));
            } else {
                String ind = defs.containsKey(indicator.strip()) ? indicator.strip()
                        : entered.isEmpty() ? "" : entered.get(0).code();
                Approver a = approvers.resolve(ind, u.get(), date);
                model.addAttribute("answer", new Answer(u.get().fullName(),
                        Optional.ofNullable(defs.get(ind)).map(Indicator::name).orElse(ind), Dates.show(date),
                        a.label().in(messages, LocaleContextHolder.getLocale()), a.source()));
            }
        }
        return "indicators/approvers";
    }

    @PostMapping
    @PreAuthorize("@indicatorsPermissions.may('approver.edit')")
    String add(@RequestParam(defaultValue = "") String unitCode,
            @RequestParam(defaultValue = "") String indicatorCode, @RequestParam(defaultValue = "") String bodyCode,
            @RequestParam(defaultValue = "") String validFrom, @RequestParam(defaultValue = "") String validTo,
            @RequestParam(defaultValue = "") String basis, RedirectAttributes redirect) {
        try {
            LocalDate from = Dates.parseOrRefuse(validFrom, "validFrom");
            LocalDate to = Dates.parseOrRefuse(validTo, "validTo");
            ApproverRule r = approvers.add(new Approvers.NewRule(unitCode, indicatorCode, bodyCode, from, to, basis),
                    user());
            redirect.addFlashAttribute("notice", msg("indicators.approvers.added", r.bodyCode(), r.unitCode()));
        } catch (Refused refused) {
            redirect.addFlashAttribute("error", refused.text(messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/indicators/approvers";
    }

    @PostMapping("/{id}/end")
    @PreAuthorize("@indicatorsPermissions.may('approver.edit')")
    String end(@PathVariable long id, @RequestParam(defaultValue = "") String endOn, RedirectAttributes redirect) {
        try {
            LocalDate date = Dates.parseOrRefuse(endOn, "endOn");
            ApproverRule r = approvers.end(id, date, user());
            redirect.addFlashAttribute("notice", msg("indicators.approvers.ended", r.unitCode(),
                    Dates.show(r.validTo().minusDays(1))));
        } catch (Refused refused) {
            redirect.addFlashAttribute("error", refused.text(messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/indicators/approvers";
    }

    @PostMapping("/owners")
    @PreAuthorize("@indicatorsPermissions.may('approver.edit')")
    String owner(@RequestParam(defaultValue = "") String indicator, @RequestParam(defaultValue = "") String owner,
            RedirectAttributes redirect) {
        try {
            Function f = OWNERS.stream().filter(x -> x.name().equals(owner)).findFirst()
                    .orElseThrow(() -> new Refused("owner", "indicators.approvers.owner.unknown"));
            approvers.owner(indicator, f, user());
            redirect.addFlashAttribute("notice", msg("indicators.approvers.ownerSaved"));
        } catch (Refused refused) {
            redirect.addFlashAttribute("error", refused.text(messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/indicators/approvers#owners";
    }

    private static String user() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
