package vn.chungsuc.indicators.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.Population;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.campaign.TargetView;
import vn.chungsuc.indicators.domain.Actor;
import vn.chungsuc.indicators.domain.Entries;
import vn.chungsuc.indicators.domain.Entry;
import vn.chungsuc.indicators.domain.EntryPolicy;
import vn.chungsuc.indicators.domain.EntryRefused;
import vn.chungsuc.indicators.domain.EntryStatus;
import vn.chungsuc.indicators.domain.EntryStore;
import vn.chungsuc.indicators.domain.Indicator;
import vn.chungsuc.indicators.domain.IndicatorStore;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.text.Text;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.shared.web.VnFormat;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * Entering values: the reporting sheet of a unit and period (every entered indicator of its level with where its
 * value stands), the values waiting for the user's approval, and the page of one value with its form, the
 * workflow buttons the user may press, comments and history. Post/redirect/get; refusals come back as messages.
 */
@Controller
@RequestMapping("/indicators/entries")
class EntryController {

    private static final int MAX_UNITS = 400;

    private final Entries entries;
    private final EntryStore store;
    private final IndicatorStore indicators;
    private final TerritoryApi territory;
    private final CampaignApi campaign;
    private final MessageSource messages;
    private final Today clock;

    EntryController(Entries entries, EntryStore store, IndicatorStore indicators, TerritoryApi territory,
            CampaignApi campaign, MessageSource messages, Today clock) {

        this.clock = clock;
        this.entries = entries;
        this.store = store;
        this.indicators = indicators;
        this.territory = territory;
        this.campaign = campaign;
        this.messages = messages;
    }

    /** One indicator on a unit's reporting sheet, with who is to approve it while it waits. */
    record SheetLine(Indicator indicator, Entry entry, String approver) {
    }

    /** A submitted value, with who is to approve it. */
    record Pending(Entry entry, Indicator indicator, UnitView unit, String approver) {
    }

    @GetMapping
    String sheet(@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
            Model model) {
        Period p = period == null || !entryPeriod(period) ? Period.year(clock.year())
                : Period.parse(period);
        Actor actor = entries.actor();
        model.addAttribute("period", p);
        model.addAttribute("periods", periods());
        model.addAttribute("pending", pending(actor));
        List<UnitView> units = managedUnits(actor.scope(), p);
        model.addAttribute("units", units);
        model.addAttribute("manyUnits", actor.scope().everything());
        if (unit != null && !unit.isBlank()) {
            String code = unit.strip().toUpperCase();
            UnitView u = territory.find(code, p.end(), UnitScope.ALL)
                    .or(() -> territory.find(code, p.start(), UnitScope.ALL))
                    .filter(x -> actor.scope().canView(x.path()))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            List<SheetLine> lines = new ArrayList<>();
            Map<String, java.util.Set<Population>> populations = populations();
            for (Indicator i : indicators.all()) {
                if (i.entered() && i.entryLevel().level() == u.level() && applies(populations.get(i.code()), u)) {
                    Entry found = store.find(i.code(), u.code(), p).orElse(null);
                    lines.add(new SheetLine(i, found, found != null && found.status() == EntryStatus.SUBMITTED
                            ? text(entries.approver(found, u).label()) : null));
                }
            }
            model.addAttribute("unit", u);
            model.addAttribute("lines", lines);
            model.addAttribute("mayEnter", actor.scope().canManage(u.path()));
        }
        return "indicators/entries";
    }

    @GetMapping("/{indicator}/{unit}/{period}")
    String entry(@PathVariable String indicator, @PathVariable String unit, @PathVariable String period,
            Model model) {
        Period p = period(period);
        Indicator i = entries.indicator(indicator);
        UnitView u = entries.entryUnit(i, unit.toUpperCase(), p);
        Actor actor = entries.actor();
        if (!actor.scope().canView(u.path())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Optional<Entry> e = store.find(i.code(), u.code(), p);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", e.map(x -> new EntryForm(String.valueOf(x.numerator()),
                            String.valueOf(x.denominator()), x.note() == null ? "" : x.note(), x.version()))
                    .orElse(new EntryForm("", "", "", 0)));
        }
        model.addAttribute("indicator", i);
        model.addAttribute("unit", u);
        model.addAttribute("parent", u.parentCode() == null ? null
                : territory.find(u.parentCode(), p.end(), UnitScope.ALL)
                        .or(() -> territory.find(u.parentCode(), p.start(), UnitScope.ALL)).orElse(null));
        model.addAttribute("period", p);
        model.addAttribute("entry", e.orElse(null));
        model.addAttribute("events", e.map(x -> store.events(x.id())).orElse(List.of()));
        model.addAttribute("mayEnter", i.entered() && EntryPolicy.mayEnter(actor, u, e.orElse(null)).allowed());
        model.addAttribute("maySubmit", e.isPresent() && EntryPolicy.maySubmit(actor, u, e.get()).allowed());
        Optional<EntryPolicy.Decision> review = e.filter(x -> x.status() == EntryStatus.SUBMITTED)
                .map(x -> entries.mayApprove(actor, u, x));
        model.addAttribute("mayApprove", review.map(EntryPolicy.Decision::allowed).orElse(false));
        model.addAttribute("approveRefusal", review.filter(d -> !d.allowed()).map(d -> text(d.text())).orElse(null));
        model.addAttribute("approver", e.filter(x -> x.status() == EntryStatus.SUBMITTED)
                .map(x -> text(entries.approver(x, u).label())).orElse(null));
        return "indicators/entry";
    }

    @PostMapping("/{indicator}/{unit}/{period}")
    String save(@PathVariable String indicator, @PathVariable String unit, @PathVariable String period,
            EntryForm form, Model model, RedirectAttributes redirect) {
        if (form == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Period p = period(period);
        Map<String, String> errors = new LinkedHashMap<>();
        Long numerator = form.numeratorValue();
        Long denominator = form.denominatorValue();
        if (numerator == null) {
            errors.put("numerator", msg("indicators.entry.number"));
        }
        if (denominator == null) {
            errors.put("denominator", msg("indicators.entry.number"));
        }
        if (form.note() != null && form.note().length() > 2000) {
            errors.put("note", msg("indicators.entry.note.size"));
        }
        if (errors.isEmpty()) {
            Indicator i = entries.indicator(indicator);
            Optional<String> problem = Entries.check(i, numerator, denominator);
            if (problem.isPresent()) {
                errors.put(problem.get().contains("numerator") ? "numerator" : "denominator", msg(problem.get()));
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            return entry(indicator, unit, period, model);
        }
        entries.save(indicator, unit.toUpperCase(), p, new Entries.Values(numerator, denominator, form.note(),
                form.version() == null ? 0 : form.version()));
        redirect.addFlashAttribute("flash", msg("indicators.entry.saved"));
        return "redirect:/indicators/entries/" + indicator + "/" + unit.toUpperCase() + "/" + p.code();
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        Entry e = entries.submit(id);
        redirect.addFlashAttribute("flash", msg("indicators.entry.submitted"));
        return back(e);
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        Entry e = entries.approve(id, comment);
        redirect.addFlashAttribute("flash", msg("indicators.entry.approved"));
        return back(e);
    }

    @PostMapping("/{id}/return")
    String sendBack(@PathVariable long id, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        Entry e = entries.sendBack(id, comment);
        redirect.addFlashAttribute("flash", msg("indicators.entry.returned"));
        return back(e);
    }

    @PostMapping("/{id}/comment")
    String comment(@PathVariable long id, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        entries.comment(id, comment);
        Entry e = store.find(id).orElseThrow();
        redirect.addFlashAttribute("flash", msg("indicators.entry.commented"));
        return back(e);
    }

    /**
     * The submitted figures the user may see: those waiting for him first, then the others in his units with who is
     * to approve them, so that an officer who submitted knows whom to ask.
     */
    @GetMapping("/pending")
    String pendingPage(Model model) {
        Actor actor = entries.actor();
        List<Pending> mine = new ArrayList<>();
        List<Pending> others = new ArrayList<>();
        Map<String, Indicator> defs = indicators.byCode();
        for (Entry e : store.submitted()) {
            Indicator i = defs.get(e.indicatorCode());
            if (i == null) {
                continue;
            }
            try {
                UnitView u = entries.entryUnit(i, e.unitCode(), e.period());
                EntryPolicy.Decision d = entries.mayApprove(actor, u, e);
                Pending p = new Pending(e, i, u, text(entries.approver(e, u).label()));
                if (d.allowed()) {
                    mine.add(p);
                } else if (actor.scope().canView(u.path()) && others.size() < MAX_UNITS) {
                    others.add(p);
                }
            } catch (EntryRefused ignored) {
                // a unit that no longer fits its indicator's level
            }
        }
        model.addAttribute("pending", mine);
        model.addAttribute("others", others);
        return "indicators/pending";
    }

    /** A refused step goes back where it came from with the reason. */
    @ExceptionHandler(EntryRefused.class)
    String refused(EntryRefused e, jakarta.servlet.http.HttpServletRequest request, RedirectAttributes redirect) {
        Object[] args = java.util.Arrays.stream(e.args()).map(a -> a instanceof Text t ? text(t) : a).toArray();
        redirect.addFlashAttribute("flashError", messages.getMessage(e.key(), args,
                LocaleContextHolder.getLocale()));
        return "redirect:" + backTo(request.getHeader("Referer"));
    }

    /** The page the refused form came from, when it is one of ours; never another site. */
    static String backTo(String referer) {
        try {
            java.net.URI uri = referer == null ? null : java.net.URI.create(referer);
            String path = uri == null ? null : uri.getRawPath();
            if (path != null && path.startsWith("/indicators/entries") && !path.startsWith("//")) {
                return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
        } catch (IllegalArgumentException e) {
            // not a URI: fall through to the entry page
        }
        return "/indicators/entries";
    }

    private String back(Entry e) {
        return "redirect:/indicators/entries/" + e.indicatorCode() + "/" + e.unitCode() + "/" + e.period().code();
    }

    /** The populations of the targets each indicator measures, over all programmes. */
    private Map<String, java.util.Set<Population>> populations() {
        Map<String, java.util.Set<Population>> out = new LinkedHashMap<>();
        for (ProgrammeView p : campaign.programmes()) {
            for (TargetView t : campaign.targets(p.id())) {
                if (t.indicatorCode() != null) {
                    out.computeIfAbsent(t.indicatorCode(), k -> java.util.EnumSet.noneOf(Population.class))
                            .add(t.population());
                }
            }
        }
        return out;
    }

    /** An indicator no target uses applies everywhere; otherwise where one of its targets' populations lives. */
    private static boolean applies(java.util.Set<Population> populations, UnitView unit) {
        return populations == null || populations.contains(Population.WHOLE)
                || (populations.contains(Population.RURAL) && unit.type().rural())
                || (populations.contains(Population.URBAN) && unit.type().urban());
    }

    private List<Pending> pending(Actor actor) {
        List<Pending> out = new ArrayList<>();
        Map<String, Indicator> defs = indicators.byCode();
        for (Entry e : store.submitted()) {
            Indicator i = defs.get(e.indicatorCode());
            if (i == null) {
                continue;
            }
            try {
                UnitView u = entries.entryUnit(i, e.unitCode(), e.period());
                if (entries.mayApprove(actor, u, e).allowed()) {
                    out.add(new Pending(e, i, u, text(entries.approver(e, u).label())));
                }
            } catch (EntryRefused ignored) {
                // a unit that no longer fits its indicator's level: nothing the user can approve
            }
        }
        return out;
    }

    /** The communes and residential areas the user manages, as they were at the end of the period. */
    private List<UnitView> managedUnits(UnitScope scope, Period p) {
        if (scope.everything()) {
            return List.of();
        }
        List<UnitView> out = new ArrayList<>();
        for (String root : scope.manageRoots()) {
            for (UnitView u : territory.subtree(root, p.end(), UnitScope.ALL)) {
                if ((u.level() == UnitLevel.COMMUNE || u.level() == UnitLevel.RESIDENTIAL_AREA)
                        && out.stream().noneMatch(x -> x.code().equals(u.code())) && out.size() < MAX_UNITS) {
                    out.add(u);
                }
            }
        }
        return out;
    }

    private List<Period> periods() {
        List<Period> out = new ArrayList<>();
        int now = clock.year();
        for (int y = now; y >= 2015; y--) {
            out.add(Period.year(y));
            out.add(Period.firstHalf(y));
        }
        return out;
    }

    private static Period period(String code) {
        if (!entryPeriod(code)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return Period.parse(code);
    }

    /** Values are entered for a half-year or a year; a review's span is only reported on. */
    private static boolean entryPeriod(String code) {
        return Period.valid(code) && !Period.parse(code).span();
    }

    private String text(Text t) {
        return t == null ? null : t.in(messages, LocaleContextHolder.getLocale());
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
