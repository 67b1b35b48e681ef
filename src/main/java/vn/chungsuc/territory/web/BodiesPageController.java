package vn.chungsuc.territory.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chungsuc.shared.permission.Function;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.Bodies;
import vn.chungsuc.territory.Body;
import vn.chungsuc.territory.BodyKind;
import vn.chungsuc.territory.NewBody;
import vn.chungsuc.territory.TerritoryApi;

/**
 * The administrator's list of a unit's bodies on a date, with a form to add one and, for each, a form to end it
 * (which asks for a confirmation). Bodies are data: a name, a date or a function that no source confirmed is
 * corrected here, not in code.
 */
@Controller
@PreAuthorize("@territoryPermissions.may('body.manage')")
class BodiesPageController {

    private final Bodies bodies;
    private final TerritoryApi territory;
    private final Today today;
    private final MessageSource messages;

    BodiesPageController(Bodies bodies, TerritoryApi territory, Today today, MessageSource messages) {
        this.bodies = bodies;
        this.territory = territory;
        this.today = today;
        this.messages = messages;
    }

    @GetMapping("/admin/bodies")
    String list(@RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String on,
            Model model) {
        LocalDate date = Dates.parse(on).orElse(today.date());
        String code = unit.trim();
        model.addAttribute("unit", code);
        model.addAttribute("on", Dates.show(date));
        model.addAttribute("kinds", BodyKind.values());
        model.addAttribute("functions", Function.values());
        model.addAttribute("unitName", code.isEmpty() ? null
                : territory.latest(code).map(u -> u.fullName()).orElse(null));
        List<Body> found = code.isEmpty() ? List.of() : bodies.of(code, date);
        model.addAttribute("bodies", found);
        return "territory/bodies";
    }

    @PostMapping("/admin/bodies")
    String add(@RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String kind,
            @RequestParam(required = false) List<String> functions,
            @RequestParam(defaultValue = "") String validFrom, @RequestParam(defaultValue = "") String validTo,
            @RequestParam(defaultValue = "") String source, RedirectAttributes redirect) {
        try {
            BodyKind k = Arrays.stream(BodyKind.values()).filter(x -> x.name().equals(kind)).findFirst().orElse(null);
            Set<Function> f = EnumSet.noneOf(Function.class);
            if (functions != null) {
                functions.forEach(s -> Arrays.stream(Function.values()).filter(x -> x.name().equals(s))
                        .forEach(f::add));
            }
            LocalDate from = date(validFrom, "validFrom");
            LocalDate to = validTo.isBlank() ? null : date(validTo, "validTo");
            Body added = bodies.add(new NewBody(code, unit.trim(), k, f, name, from, to, source));
            redirect.addFlashAttribute("notice", messages.getMessage("territory.body.added",
                    new Object[] {added.name()}, LocaleContextHolder.getLocale()));
        } catch (Refused refused) {
            redirect.addFlashAttribute("error", refused.text(messages, LocaleContextHolder.getLocale()));
        }
        return back(unit);
    }

    @PostMapping("/admin/bodies/{code}/end")
    String end(@PathVariable String code, @RequestParam(defaultValue = "") String endOn,
            @RequestParam(defaultValue = "false") boolean confirmed, @RequestParam(defaultValue = "") String unit,
            RedirectAttributes redirect) {
        try {
            if (!confirmed) {
                throw new Refused("confirmed", "territory.body.end.confirm");
            }
            Body ended = bodies.end(code, date(endOn, "endOn"));
            redirect.addFlashAttribute("notice", messages.getMessage("territory.body.ended",
                    new Object[] {ended.name(), Dates.show(ended.validTo().minusDays(1))},
                    LocaleContextHolder.getLocale()));
        } catch (Refused refused) {
            redirect.addFlashAttribute("error", refused.text(messages, LocaleContextHolder.getLocale()));
        }
        return back(unit);
    }

    private static LocalDate date(String text, String field) {
        return Dates.parse(text).orElseThrow(() -> new Refused(field, "territory.body.date.invalid"));
    }

    private static String back(String unit) {
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/bodies").queryParam("unit", unit.trim())
                .encode().build().toUriString();
    }
}
