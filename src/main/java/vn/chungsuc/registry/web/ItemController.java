package vn.chungsuc.registry.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.registry.OrganisationKind;
import vn.chungsuc.registry.domain.Areas;
import vn.chungsuc.registry.domain.HouseholdCommands;
import vn.chungsuc.registry.domain.Organisations.Table;
import vn.chungsuc.registry.domain.Organisations;
import vn.chungsuc.registry.domain.Page;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.territory.UnitView;

/** Organisations, public places and streets: one list and one form, for each of the three tables. */
@Controller
@RequestMapping("/registry/{kind:organisations|places|streets}")
class ItemController {

    static final int PAGE_SIZE = 30;

    private final Organisations organisations;
    private final Areas areas;
    private final WebSupport web;

    private final vn.chungsuc.shared.awards.AwardRegister awardRegister;

    ItemController(Organisations organisations, Areas areas, WebSupport web,
            vn.chungsuc.shared.awards.AwardRegister awardRegister) {
        this.awardRegister = awardRegister;
        this.organisations = organisations;
        this.areas = areas;
        this.web = web;
    }

    static Table table(String kind) {
        return switch (kind) {
            case "places" -> Table.PLACE;
            case "streets" -> Table.STREET;
            default -> Table.ORGANISATION;
        };
    }

    static List<String> kinds(Table t) {
        return switch (t) {
            case ORGANISATION -> Arrays.stream(OrganisationKind.values()).map(Enum::name).toList();
            case PLACE -> Organisations.PLACE_KINDS;
            case STREET -> List.of();
        };
    }

    @ModelAttribute
    void common(@PathVariable String kind, Model model) {
        model.addAttribute("section", kind);
        model.addAttribute("kind", kind);
        model.addAttribute("table", table(kind).name());
        model.addAttribute("kinds", kinds(table(kind)));
    }

    @GetMapping
    String list(@PathVariable String kind, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "false") boolean closed, @RequestParam(defaultValue = "") String asOf,
            @RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate date = web.asOf(asOf);
        Table t = table(kind);
        Page<Organisations.Item> result = organisations.list(t, q, type, unit, closed, web.scope(), date, page,
                PAGE_SIZE);
        model.addAttribute("result", result);
        Map<String, String> unitNames = new LinkedHashMap<>();
        result.items().forEach(i -> unitNames.computeIfAbsent(i.unitCode(), c -> areas.unit(c, date)
                .or(() -> areas.latest(c)).map(UnitView::fullName).orElse(c)));
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("unit", unit);
        model.addAttribute("closed", closed);
        model.addAttribute("asOf", Dates.show(date));
        model.addAttribute("page", result.page());
        model.addAttribute("totalPages", result.totalPages());
        if (t == Table.ORGANISATION) {
            model.addAttribute("counts", organisations.countsByKind(web.scope(), date));
        }
        Map<String, String> rest = new LinkedHashMap<>();
        rest.put("q", q);
        rest.put("type", type);
        rest.put("unit", unit);
        rest.put("closed", closed ? "true" : "");
        rest.put("asOf", asOf.isBlank() ? "" : Dates.show(date));
        model.addAttribute("queryRest", WebSupport.query(rest));
        return "registry/items";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", Organisations.ItemForm.empty(""));
        model.addAttribute("itemId", null);
        return "registry/item-form";
    }

    @PostMapping
    String create(@PathVariable String kind, @ModelAttribute("form") Organisations.ItemForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return save(kind, null, form, errors, model, redirect);
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable String kind, @PathVariable long id, Model model) {
        Organisations.Item item = organisations.find(table(kind), id, web.scope(), web.today())
                .orElseThrow(() -> new HouseholdCommands.NotFound(kind + " " + id));
        model.addAttribute("form", Organisations.ItemForm.of(item));
        model.addAttribute("itemId", id);
        if (table(kind) == Table.ORGANISATION) {
            model.addAttribute("awards", awardRegister.receivedBy("ORGANISATION", String.valueOf(id), 50));
        }
        return "registry/item-form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable String kind, @PathVariable long id,
            @ModelAttribute("form") Organisations.ItemForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return save(kind, id, form, errors, model, redirect);
    }

    private String save(String kind, Long id, Organisations.ItemForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        try {
            organisations.save(table(kind), id, form, web.scope());
            redirect.addFlashAttribute("flash", web.msg("registry.item.saved", form.name()));
            return "redirect:/registry/" + kind;
        } catch (HouseholdCommands.Refused refused) {
            web.bind(refused.violations(), errors);
            model.addAttribute("itemId", id);
            return "registry/item-form";
        }
    }
}
