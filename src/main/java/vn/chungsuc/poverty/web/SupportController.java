package vn.chungsuc.poverty.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.poverty.domain.ListEntry;
import vn.chungsuc.poverty.domain.Lists;
import vn.chungsuc.poverty.domain.RoundRefused;
import vn.chungsuc.poverty.domain.Supports;
import vn.chungsuc.registry.OrganisationRef;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.territory.UnitView;

/** Poor households without a supporting organisation; assigning one; recording what a supporter gave. */
@Controller
class SupportController {

    private final PovertyWeb web;
    private final Supports supports;
    private final Lists lists;
    private final RegistryApi registry;

    SupportController(PovertyWeb web, Supports supports, Lists lists, RegistryApi registry) {
        this.web = web;
        this.supports = supports;
        this.lists = lists;
        this.registry = registry;
    }

    @GetMapping("/poverty/unsupported")
    String unsupported(@RequestParam(defaultValue = "") String unit, Model model) {
        LocalDate on = web.today();
        String unitCode = unit.isBlank() ? web.defaultUnit(on) : unit;
        List<ListEntry> entries = supports.unsupported(web.areasUnder(unitCode, on), on);
        Map<String, String> heads = new HashMap<>();
        Map<String, String> areaNames = new HashMap<>();
        Map<String, List<OrganisationRef>> organisations = new HashMap<>();
        for (ListEntry e : entries) {
            registry.household(e.householdCode(), on).ifPresent(h -> heads.put(e.householdCode(), h.headName()));
            areaNames.computeIfAbsent(e.areaCode(), a -> web.areaName(a, on));
            String commune = web.unit(e.areaCode(), on).map(UnitView::parentCode).orElse(e.communeCode());
            organisations.computeIfAbsent(e.areaCode(), a -> registry.organisations(List.of(commune, a), on));
        }
        model.addAttribute("unit", unitCode);
        model.addAttribute("unitName", web.unit(unitCode, on).map(UnitView::fullName).orElse(unitCode));
        model.addAttribute("communes", web.communes(on));
        model.addAttribute("entries", entries);
        model.addAttribute("heads", heads);
        model.addAttribute("areaNames", areaNames);
        model.addAttribute("organisations", organisations);
        return "poverty/unsupported";
    }

    @PostMapping("/poverty/supports")
    String assign(@RequestParam String household, @RequestParam(defaultValue = "0") long organisation,
            @RequestParam(defaultValue = "") String unit, RedirectAttributes redirect) {
        LocalDate on = web.today();
        var entry = lists.history(household).stream().reduce((a, b) -> b);
        var area = entry.flatMap(e -> web.unit(e.areaCode(), on));
        if (area.isEmpty() || !web.may("support.assign", area.get())) {
            redirect.addFlashAttribute("error", web.msg("poverty.round.refused.scope"));
        } else {
            registry.organisations(List.of(area.get().parentCode(), area.get().code()), on).stream()
                    .filter(o -> o.id() == organisation).findFirst().ifPresentOrElse(o -> {
                        supports.assign(household, o.id(), o.name(), on, web.user());
                        redirect.addFlashAttribute("notice", web.msg("poverty.support.assigned", o.name(),
                                household));
                    }, () -> redirect.addFlashAttribute("error", web.msg("poverty.support.chooseOrganisation")));
        }
        // The unit typed goes back encoded, and only when it can be a unit code (issue 18, hole 10).
        String back = unit.strip();
        return "redirect:" + org.springframework.web.util.UriComponentsBuilder.fromPath("/poverty/unsupported")
                .queryParamIfPresent("unit", java.util.Optional.of(back)
                        .filter(u -> !u.isEmpty() && u.length() <= 40))
                .build().encode().toUriString();
    }

    @PostMapping("/poverty/supports/given")
    String give(@RequestParam long support, @RequestParam String household, @RequestParam(defaultValue = "") String on,
            @RequestParam(defaultValue = "") String what, @RequestParam(defaultValue = "-1") long value,
            RedirectAttributes redirect) {
        boolean mine = supports.of(household).stream().anyMatch(s -> s.id() == support);
        var area = lists.history(household).stream().reduce((a, b) -> b)
                .flatMap(e -> web.unit(e.areaCode(), web.today()));
        if (!mine || area.isEmpty() || !web.may("support.assign", area.get())) {
            redirect.addFlashAttribute("error", web.msg("poverty.round.refused.scope"));
        } else {
            try {
                supports.give(support, Dates.parse(on).orElse(null), what, value, web.user());
                redirect.addFlashAttribute("notice", web.msg("poverty.support.recorded"));
            } catch (RoundRefused e) {
                redirect.addFlashAttribute("error", web.msg(e.key(), e.args()));
            }
        }
        return "redirect:/poverty/households/" + household;
    }
}
