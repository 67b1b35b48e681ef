package vn.chungsuc.registry.web;

import vn.chungsuc.registry.RegistryPermissions;
import org.springframework.security.access.prepost.PreAuthorize;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
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
import org.springframework.web.util.UriUtils;
import vn.chungsuc.registry.domain.Areas;
import vn.chungsuc.shared.web.HouseholdLinks;
import vn.chungsuc.registry.domain.Forms;
import vn.chungsuc.registry.domain.HouseholdCommands;
import vn.chungsuc.registry.domain.HouseholdDetail;
import vn.chungsuc.registry.domain.HouseholdRow;
import vn.chungsuc.registry.domain.Households;
import vn.chungsuc.registry.domain.MemberRow;
import vn.chungsuc.registry.domain.Page;
import vn.chungsuc.registry.domain.Relation;
import vn.chungsuc.registry.domain.Sex;
import vn.chungsuc.registry.importing.Exports;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.territory.Setting;
import vn.chungsuc.territory.UnitView;

/**
 * Households: the list (search without accents, filters, Vietnamese order, pages; the results alone for htmx), the
 * household page with members and history, and the forms that change a household, each a post/redirect/get.
 */
@Controller
@RequestMapping("/registry/households")
class HouseholdController {

    static final int PAGE_SIZE = 25;

    private final Households households;
    private final HouseholdCommands commands;
    private final Areas areas;
    private final Exports exports;
    private final WebSupport web;

    private final RegistryPermissions permissions;

    private final HouseholdLinks links;
    private final RegistryHouseholdPage page;

    HouseholdController(Households households, HouseholdCommands commands, Areas areas, Exports exports,
            WebSupport web, RegistryPermissions permissions, HouseholdLinks links, RegistryHouseholdPage page) {
        this.links = links;
        this.page = page;
        this.permissions = permissions;
        this.households = households;
        this.commands = commands;
        this.areas = areas;
        this.exports = exports;
        this.web = web;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("relations", Relation.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("section", "households");
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String setting, @RequestParam(defaultValue = "") String asOf,
            @RequestParam(defaultValue = "CODE") String sort, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-Target", required = false) String target, Model model) {
        LocalDate date = web.asOf(asOf);
        Setting s = WebSupport.setting(setting);
        Households.Sort order = "HEAD".equals(sort) ? Households.Sort.HEAD : Households.Sort.CODE;
        Areas.AreaFilter filter = web.filter(date, unit, s);
        Page<HouseholdRow> result = households.list(q, filter, date, order, page, PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("areaViews", areas.areas(result.items().stream().map(HouseholdRow::areaCode).toList(), date));
        model.addAttribute("q", q);
        model.addAttribute("unit", unit);
        model.addAttribute("setting", s == null ? "" : s.name());
        model.addAttribute("sort", order.name());
        model.addAttribute("asOf", Dates.show(date));
        model.addAttribute("date", date);
        model.addAttribute("page", result.page());
        model.addAttribute("totalPages", result.totalPages());
        Map<String, String> rest = new LinkedHashMap<>();
        rest.put("q", q);
        rest.put("unit", unit);
        rest.put("setting", s == null ? "" : s.name());
        rest.put("sort", order == Households.Sort.HEAD ? "HEAD" : "");
        rest.put("asOf", asOf.isBlank() ? "" : Dates.show(date));
        model.addAttribute("queryRest", WebSupport.query(rest));
        if (htmx != null && "results".equals(target)) {
            return "registry/households :: results";
        }
        model.addAttribute("units", web.unitChoices(date));
        return "registry/households";
    }

    @GetMapping("/export")
    void export(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String setting, @RequestParam(defaultValue = "") String asOf,
            @RequestParam(defaultValue = "CODE") String sort, HttpServletResponse response) throws IOException {
        LocalDate date = web.asOf(asOf);
        Setting s = WebSupport.setting(setting);
        xlsx(response, "ho-gia-dinh-" + date + ".xlsx");
        exports.households(response.getOutputStream(), q, web.filter(date, unit, s),
                "HEAD".equals(sort) ? Households.Sort.HEAD : Households.Sort.CODE,
                new Exports.Filter(q, unit, setting, date));
    }

    static void xlsx(HttpServletResponse response, String fileName) {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + UriUtils.encode(fileName, StandardCharsets.UTF_8));
    }

    // ----- a household ------------------------------------------------------------------------------------------

    @GetMapping("/{code}")
    String show(@PathVariable String code, @RequestParam(defaultValue = "") String asOf, Model model) {
        HouseholdDetail h = households.detail(code).orElseThrow(() -> new HouseholdCommands.NotFound(code));
        LocalDate date = web.asOf(asOf);
        if (!h.existsOn(date) && asOf.isBlank()) {
            date = h.endedOn() != null ? h.endedOn().minusDays(1) : date;
        }
        HouseholdDetail.Location place = h.locationOn(date).orElse(h.lastLocation());
        LocalDate placeDate = place.validOn(date) ? date : (place.validTo() == null ? date : place.validTo().minusDays(1));
        UnitScope scope = web.scope();
        if (!areas.canView(scope, place.areaCode(), placeDate)) {
            throw new HouseholdCommands.NotFound(code);
        }
        model.addAttribute("h", h);
        model.addAttribute("date", date);
        model.addAttribute("asOf", Dates.show(date));
        model.addAttribute("members", h.membersOn(date));
        model.addAttribute("head", h.headOn(date).orElse(null));
        model.addAttribute("place", place);
        UnitView area = areas.area(place.areaCode(), placeDate).orElse(null);
        model.addAttribute("area", area);
        model.addAttribute("commune", area == null ? null : areas.unit(area.parentCode(), placeDate).orElse(null));
        model.addAttribute("setting", area == null ? null : area.type().setting().name());
        Set<String> areaCodes = new HashSet<>();
        h.locations().forEach(l -> areaCodes.add(l.areaCode()));
        h.events().forEach(e -> {
            if (e.areaCode() != null) {
                areaCodes.add(e.areaCode());
            }
        });
        Map<String, UnitView> names = new LinkedHashMap<>();
        for (String c : areaCodes) {
            areas.latest(c).ifPresent(v -> names.put(c, v));
        }
        model.addAttribute("areaNames", names);
        model.addAttribute("hidden", hiddenPersons(h, scope));
        // Moved out of the user's units: the history of its time there, no current address, CCCD or phone.
        boolean current = areas.holdsNow(scope, h, web.today());
        model.addAttribute("movedAway", !current);
        List<HouseholdDetail.Location> places = current ? h.locations() : areas.visiblePlaces(scope, h, web.today());
        model.addAttribute("places", places);
        // Events while it lived in the user's units, none from the day it moved away.
        LocalDate until = places.stream().map(l -> l.validTo() == null ? LocalDate.MAX : l.validTo())
                .max(LocalDate::compareTo).orElse(LocalDate.MIN);
        model.addAttribute("events", current ? h.events() : h.events().stream()
                .filter(e -> e.occurredOn().isBefore(until)).toList());
        boolean manage = h.endedOn() == null && areas.canManage(scope, h.lastLocation().areaCode(), web.today());
        model.addAttribute("canManage", manage && permissions.may("household.edit"));
        model.addAttribute("maySplit", manage && permissions.may("household.split"));
        model.addAttribute("mayEnd", manage && permissions.may("household.end"));
        model.addAttribute("otherPages", links.others(page, code));
        return "registry/household";
    }

    /** Former members now living in a household outside the user's scope: their personal data stay hidden. */
    private Set<Long> hiddenPersons(HouseholdDetail h, UnitScope scope) {
        Set<Long> former = new HashSet<>();
        for (MemberRow m : h.memberships()) {
            if (m.validTo() != null) {
                former.add(m.personId());
            }
        }
        h.memberships().stream().filter(m -> m.validTo() == null).forEach(m -> former.remove(m.personId()));
        Set<Long> hidden = new HashSet<>();
        LocalDate today = web.today();
        Map<Long, String> now = households.areasOfPersons(former, today);
        for (Long id : former) {
            String area = now.get(id);
            if (area != null && !areas.canView(scope, area, today)) {
                hidden.add(id);
            }
        }
        return hidden;
    }

    // ----- new household ----------------------------------------------------------------------------------------

    @GetMapping("/new")
    String createForm(@RequestParam(defaultValue = "") String area, Model model) {
        model.addAttribute("form", Forms.NewHousehold.empty(area, Dates.show(web.today())));
        model.addAttribute("units", web.unitChoices(web.today()));
        return "registry/household-form";
    }

    @PostMapping
    String create(@ModelAttribute("form") Forms.NewHousehold form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        try {
            String code = commands.register(form, web.scope());
            redirect.addFlashAttribute("flash", web.msg("registry.household.created", code));
            return "redirect:/registry/households/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
        } catch (HouseholdCommands.Refused refused) {
            web.bind(refused.violations(), errors);
            model.addAttribute("units", web.unitChoices(web.today()));
            return "registry/household-form";
        }
    }

    // ----- changes to a household -------------------------------------------------------------------------------

    @GetMapping("/{code}/{action:edit|move|member|split|end}")
    String actionForm(@PathVariable String code, @PathVariable String action, Model model) {
        HouseholdDetail h = requireManaged(code);
        String today = Dates.show(web.today());
        Object form = switch (action) {
            case "edit" -> new Forms.Edit(h.address());
            case "move" -> new Forms.Move("", h.address(), today);
            case "member" -> Forms.NewMember.empty(today);
            case "split" -> new Forms.Split("", h.lastLocation().areaCode(), "", today, List.of(), null);
            default -> new Forms.End("", today);
        };
        return action(model, h, action, form, null);
    }

    @PostMapping("/{code}/edit")
    @PreAuthorize("@registryPermissions.may('household.edit')")
    String edit(@PathVariable String code, @ModelAttribute("form") Forms.Edit form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return run(code, "edit", form, errors, model, redirect, () -> commands.edit(code, form, web.scope()),
                "registry.household.saved");
    }

    @PostMapping("/{code}/move")
    @PreAuthorize("@registryPermissions.may('household.edit')")
    String move(@PathVariable String code, @ModelAttribute("form") Forms.Move form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return run(code, "move", form, errors, model, redirect, () -> commands.move(code, form, web.scope()),
                "registry.household.moved");
    }

    @PostMapping("/{code}/member")
    @PreAuthorize("@registryPermissions.may('household.edit')")
    String addMember(@PathVariable String code, @ModelAttribute("form") Forms.NewMember form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if ("EXISTING".equals(form.joinedBy())) {
            // The person is in the register already: find him there rather than make a second record.
            String q = form.citizenId() != null && !form.citizenId().isBlank() ? form.citizenId()
                    : form.fullName() == null ? "" : form.fullName();
            return "redirect:" + transferUrl(code, q);
        }
        try {
            commands.addMember(code, form, web.scope());
            redirect.addFlashAttribute("flash", web.msg("registry.member.added"));
            return "redirect:/registry/households/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
        } catch (HouseholdCommands.Refused refused) {
            web.bind(refused.violations(), errors);
            if (refused.violations().stream().anyMatch(v -> v.problem().key().equals("registry.cccd.held"))) {
                model.addAttribute("heldCitizenId", vn.chungsuc.registry.domain.PersonRules.cleanCitizenId(form.citizenId()));
            }
            return action(model, requireManaged(code), "member", form, null);
        }
    }

    private static String transferUrl(String code, String q) {
        return org.springframework.web.util.UriComponentsBuilder.fromPath("/registry/households/{code}/transfer")
                .queryParam("q", q).encode().buildAndExpand(code).toUriString();
    }

    /** How many persons the search for a person to move shows; more asks for a narrower search. */
    static final int TRANSFER_RESULTS = 20;

    @GetMapping("/{code}/transfer")
    String transferForm(@PathVariable String code, @RequestParam(defaultValue = "") String q, Model model) {
        HouseholdDetail h = requireManaged(code);
        return transferPage(model, h, Forms.Transfer.empty(q.strip(), Dates.show(web.today())));
    }

    @PostMapping("/{code}/transfer")
    @PreAuthorize("@registryPermissions.may('household.edit')")
    String transfer(@PathVariable String code, @ModelAttribute("form") Forms.Transfer form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        try {
            String from = form.personId() == null ? null : households.person(form.personId())
                    .flatMap(p -> p.membershipOn(web.today())).map(MemberRow::householdCode).orElse(null);
            commands.transfer(code, form, web.scope());
            String name = households.person(form.personId()).map(p -> p.fullName()).orElse("");
            redirect.addFlashAttribute("flash", web.msg("registry.transfer.done", name, from));
            return "redirect:/registry/households/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
        } catch (HouseholdCommands.Refused refused) {
            web.bind(refused.violations(), errors);
            return transferPage(model, requireManaged(code), form);
        }
    }

    /** The search (households the user manages only) and the form that moves the person chosen. */
    private String transferPage(Model model, HouseholdDetail h, Forms.Transfer form) {
        String q = form.q() == null ? "" : form.q().strip();
        Page<vn.chungsuc.registry.domain.PersonRow> found = new Page<>(List.of(), 0, 0, TRANSFER_RESULTS);
        if (!q.isEmpty()) {
            UnitScope scope = web.scope();
            UnitScope manage = new UnitScope(scope.everything(), scope.manageRoots(), Set.of());
            LocalDate today = web.today();
            found = households.persons(q, areas.filter(manage, today, null, null, () -> households.areasInUse(today)),
                    today, 0, TRANSFER_RESULTS);
        }
        model.addAttribute("q", q);
        model.addAttribute("found", found);
        model.addAttribute("transferReasons", HouseholdCommands.TRANSFER_REASONS);
        return action(model, h, "transfer", form, null);
    }

    @PostMapping("/{code}/split")
    @PreAuthorize("@registryPermissions.may('household.split')")
    String split(@PathVariable String code, @ModelAttribute("form") Forms.Split form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        try {
            String created = commands.split(code, form, web.scope());
            redirect.addFlashAttribute("flash", web.msg("registry.household.splitDone", created));
            return "redirect:/registry/households/" + UriUtils.encodePathSegment(created, StandardCharsets.UTF_8);
        } catch (HouseholdCommands.Refused refused) {
            web.bind(refused.violations(), errors);
            return action(model, requireManaged(code), "split", form, null);
        }
    }

    @PostMapping("/{code}/end")
    @PreAuthorize("@registryPermissions.may('household.end')")
    String end(@PathVariable String code, @ModelAttribute("form") Forms.End form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return run(code, "end", form, errors, model, redirect, () -> commands.end(code, form, web.scope()),
                "registry.household.endedDone");
    }

    @GetMapping("/{code}/members/{personId}/leave")
    String leaveForm(@PathVariable String code, @PathVariable long personId, Model model) {
        HouseholdDetail h = requireManaged(code);
        return action(model, h, "leave", Forms.Leave.empty(Dates.show(web.today())), member(h, personId));
    }

    @PostMapping("/{code}/members/{personId}/leave")
    String leave(@PathVariable String code, @PathVariable long personId, @ModelAttribute("form") Forms.Leave form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            commands.leave(code, personId, form, web.scope());
            redirect.addFlashAttribute("flash", web.msg("registry.member.left"));
            return "redirect:/registry/households/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
        } catch (HouseholdCommands.Refused refused) {
            web.bind(refused.violations(), errors);
            HouseholdDetail h = requireManaged(code);
            return action(model, h, "leave", form, member(h, personId));
        }
    }

    private MemberRow member(HouseholdDetail h, long personId) {
        return h.membersOn(web.today()).stream().filter(m -> m.personId() == personId).findFirst()
                .orElseThrow(() -> new HouseholdCommands.NotFound("member " + personId));
    }

    private String run(String code, String action, Object form, BindingResult errors, Model model,
            RedirectAttributes redirect, Runnable command, String doneKey) {
        try {
            command.run();
            redirect.addFlashAttribute("flash", web.msg(doneKey));
            return "redirect:/registry/households/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
        } catch (HouseholdCommands.Refused refused) {
            web.bind(refused.violations(), errors);
            return action(model, requireManaged(code), action, form, null);
        }
    }

    private String action(Model model, HouseholdDetail h, String action, Object form, MemberRow member) {
        model.addAttribute("h", h);
        model.addAttribute("action", action);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("member", member);
        model.addAttribute("members", h.membersOn(web.today()));
        model.addAttribute("units", web.unitChoices(web.today()));
        return "registry/household-action";
    }

    private HouseholdDetail requireManaged(String code) {
        HouseholdDetail h = households.detail(code).orElseThrow(() -> new HouseholdCommands.NotFound(code));
        if (!areas.canManage(web.scope(), h.lastLocation().areaCode(), web.today())) {
            throw new org.springframework.security.access.AccessDeniedException("outside scope");
        }
        return h;
    }
}
