package vn.chungsuc.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.registry.RegistryPermissions;
import vn.chungsuc.registry.domain.Areas;
import vn.chungsuc.registry.domain.Forms;
import vn.chungsuc.registry.domain.HouseholdCommands;
import vn.chungsuc.registry.domain.Households;
import vn.chungsuc.registry.domain.MemberRow;
import vn.chungsuc.registry.domain.Page;
import vn.chungsuc.registry.domain.PersonDetail;
import vn.chungsuc.registry.domain.PersonRow;
import vn.chungsuc.registry.domain.Sex;
import vn.chungsuc.registry.importing.Exports;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Dates;

/** Persons: search by name (accents optional, misspellings tolerated) or CCCD; a person's page and edit form. */
@Controller
@RequestMapping("/registry/persons")
class PersonController {

    static final int PAGE_SIZE = 25;

    private final Households households;
    private final HouseholdCommands commands;
    private final Areas areas;
    private final Exports exports;
    private final WebSupport web;

    private final RegistryPermissions permissions;
    private final AuditLog audit;

    PersonController(Households households, HouseholdCommands commands, Areas areas, Exports exports,
            WebSupport web, RegistryPermissions permissions, AuditLog audit,
            vn.chungsuc.shared.awards.AwardRegister awardRegister) {
        this.awardRegister = awardRegister;
        this.permissions = permissions;
        this.audit = audit;
        this.households = households;
        this.commands = commands;
        this.areas = areas;
        this.exports = exports;
        this.web = web;
    }

    private final vn.chungsuc.shared.awards.AwardRegister awardRegister;

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("section", "persons");
        model.addAttribute("sexes", Sex.values());
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String asOf, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-Target", required = false) String target, Model model) {
        LocalDate date = web.asOf(asOf);
        Areas.AreaFilter filter = web.filter(date, unit, null);
        long started = System.nanoTime();
        Page<PersonRow> result = households.persons(q, filter, date, page, PAGE_SIZE);
        model.addAttribute("millis", (System.nanoTime() - started) / 1_000_000);
        model.addAttribute("result", result);
        model.addAttribute("areaViews", areas.areas(result.items().stream().map(PersonRow::areaCode).toList(), date));
        model.addAttribute("q", q);
        model.addAttribute("unit", unit);
        model.addAttribute("asOf", Dates.show(date));
        model.addAttribute("date", date);
        model.addAttribute("page", result.page());
        model.addAttribute("totalPages", result.totalPages());
        Map<String, String> rest = new LinkedHashMap<>();
        rest.put("q", q);
        rest.put("unit", unit);
        rest.put("asOf", asOf.isBlank() ? "" : Dates.show(date));
        model.addAttribute("queryRest", WebSupport.query(rest));
        if (htmx != null && "results".equals(target)) {
            return "registry/persons :: results";
        }
        model.addAttribute("units", web.unitChoices(date));
        return "registry/persons";
    }

    @GetMapping("/export")
    void export(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String asOf, HttpServletResponse response) throws IOException {
        LocalDate date = web.asOf(asOf);
        HouseholdController.xlsx(response, "nhan-khau-" + date + ".xlsx");
        exports.persons(response.getOutputStream(), q, web.filter(date, unit, null),
                new Exports.Filter(q, unit, "", date));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        PersonDetail p = visible(id);
        model.addAttribute("p", p);
        model.addAttribute("current", p.membershipOn(web.today()).orElse(null));
        model.addAttribute("canManage", canManage(p));
        boolean masked = !permissions.may("identity.read")
                && (p.citizenId() != null && !p.citizenId().isBlank() || p.phone() != null && !p.phone().isBlank());
        model.addAttribute("masked", masked && !Boolean.TRUE.equals(model.asMap().get("revealed")));
        model.addAttribute("awards", awardRegister.receivedBy("PERSON", String.valueOf(id), 50));
        return "registry/person";
    }

    /**
     * Hiện: shows a person's CCCD and phone in full to a user who sees them masked, once, and writes who saw them
     * into the audit log (NĐ 13/2023/NĐ-CP, Điều 27).
     */
    @PostMapping("/{id}/reveal")
    @PreAuthorize("@registryPermissions.may('identity.reveal')")
    @Transactional
    public String reveal(@PathVariable long id, RedirectAttributes redirect) {
        PersonDetail p = visible(id);
        audit.record("REVEAL", "registry.person", String.valueOf(id),
                "Xem đầy đủ số CCCD và điện thoại của " + p.fullName(), null, null);
        redirect.addFlashAttribute("revealed", Boolean.TRUE);
        return "redirect:/registry/persons/" + id;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        PersonDetail p = visible(id);
        model.addAttribute("p", p);
        model.addAttribute("form", new Forms.PersonData(p.fullName(), p.sex().name(), Dates.show(p.birthDate()),
                p.citizenId() == null ? "" : p.citizenId(), p.ethnicity(), p.phone() == null ? "" : p.phone()));
        return "registry/person-form";
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") Forms.PersonData form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        PersonDetail p = visible(id);
        try {
            commands.editPerson(id, form, web.scope());
            redirect.addFlashAttribute("flash", web.msg("registry.person.saved"));
            return "redirect:/registry/persons/" + id;
        } catch (HouseholdCommands.Refused refused) {
            web.bind(refused.violations(), errors);
            model.addAttribute("p", p);
            return "registry/person-form";
        }
    }

    /** The person if his latest household lies in the user's scope (on the date he was last there). */
    private PersonDetail visible(long id) {
        PersonDetail p = households.person(id).orElseThrow(() -> new HouseholdCommands.NotFound("person " + id));
        UnitScope scope = web.scope();
        MemberRow last = p.lastMembership().orElseThrow(() -> new HouseholdCommands.NotFound("person " + id));
        LocalDate d = last.validTo() == null ? web.today() : last.validTo().minusDays(1);
        String area = households.areaOn(java.util.Set.of(last.householdCode()), d).get(last.householdCode());
        if (area == null || !areas.canView(scope, area, d)) {
            throw new HouseholdCommands.NotFound("person " + id);
        }
        return p;
    }

    private boolean canManage(PersonDetail p) {
        return p.membershipOn(web.today()).map(m -> households.areaOn(java.util.Set.of(m.householdCode()),
                web.today()).get(m.householdCode())).map(a -> areas.canManage(web.scope(), a,
                web.today())).orElse(false);
    }
}
