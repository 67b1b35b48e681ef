package vn.chungsuc.campaign.web;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.campaign.Goal;
import vn.chungsuc.campaign.GoalKind;
import vn.chungsuc.campaign.IndicatorChoices;
import vn.chungsuc.campaign.Population;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.campaign.Subject;
import vn.chungsuc.campaign.TargetGroup;
import vn.chungsuc.campaign.TargetView;
import vn.chungsuc.campaign.domain.AllocationCheck;
import vn.chungsuc.campaign.domain.CampaignAccess;
import vn.chungsuc.campaign.domain.ProgrammeForm;
import vn.chungsuc.campaign.domain.Programmes;
import vn.chungsuc.campaign.domain.TargetForm;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * Programmes: the list, a programme with its contents and targets, the forms to record and edit them (Front
 * officers), and the allocation of a target to the units under a unit. Post/redirect/get throughout.
 */
@Controller
@RequestMapping("/programmes")
class ProgrammeController {

    private final Programmes programmes;
    private final CampaignAccess access;
    private final TerritoryApi territory;
    private final ObjectProvider<IndicatorChoices> indicators;
    private final MessageSource messages;

    ProgrammeController(Programmes programmes, CampaignAccess access, TerritoryApi territory,
            ObjectProvider<IndicatorChoices> indicators, MessageSource messages) {
        this.programmes = programmes;
        this.access = access;
        this.territory = territory;
        this.indicators = indicators;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        List<ProgrammeView> all = programmes.programmes();
        Map<String, String> unitNames = new LinkedHashMap<>();
        all.forEach(p -> unitNames.computeIfAbsent(p.unitCode(), c -> unitName(c, p.issuedOn())));
        model.addAttribute("programmes", all);
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("mayCreate", access.mayEditProgrammes());
        return "campaign/programmes";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        ProgrammeView p = programmes.require(id);
        List<TargetView> targets = programmes.targets(id);
        Map<TargetGroup, List<TargetView>> grouped = new LinkedHashMap<>();
        targets.forEach(t -> grouped.computeIfAbsent(t.group(), g -> new ArrayList<>()).add(t));
        model.addAttribute("programme", p);
        model.addAttribute("unitName", unitName(p.unitCode(), p.issuedOn()));
        model.addAttribute("grouped", grouped);
        model.addAttribute("targetCount", targets.size());
        model.addAttribute("allocated", programmes.allocationsOf(id));
        model.addAttribute("mayEdit", access.mayEdit(p));
        return "campaign/programme";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        if (!access.mayEditProgrammes()) {
            throw new AccessDeniedException("not a Front officer");
        }
        model.addAttribute("programmeForm", ProgrammeForm.empty());
        model.addAttribute("programmeId", null);
        return "campaign/programme-form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("programmeForm") ProgrammeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!access.mayEditProgrammes()) {
            throw new AccessDeniedException("not a Front officer");
        }
        requireForm(form);
        programmes.check(form).forEach(v -> errors.rejectValue(v.field(), v.key(), v.args(), null));
        if (errors.hasErrors()) {
            model.addAttribute("programmeForm", form);
            model.addAttribute("programmeId", null);
            return "campaign/programme-form";
        }
        long id = programmes.create(form);
        redirect.addFlashAttribute("flash", msg("campaign.programme.created", form.number().strip()));
        return "redirect:/programmes/" + id;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        ProgrammeView p = editable(id);
        model.addAttribute("programmeForm", ProgrammeForm.of(p));
        model.addAttribute("programmeId", id);
        return "campaign/programme-form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("programmeForm") ProgrammeForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        editable(id);
        requireForm(form);
        programmes.check(form).forEach(v -> errors.rejectValue(v.field(), v.key(), v.args(), null));
        if (errors.hasErrors()) {
            // What was typed goes back to the form (the binder leaves the attribute empty when a value it could
            // not convert failed the record's construction).
            model.addAttribute("programmeForm", form);
            model.addAttribute("programmeId", id);
            return "campaign/programme-form";
        }
        programmes.update(id, form);
        redirect.addFlashAttribute("flash", msg("campaign.programme.updated", form.number().strip()));
        return "redirect:/programmes/" + id;
    }

    @GetMapping("/{id}/targets/new")
    String newTarget(@PathVariable long id, Model model) {
        ProgrammeView p = editable(id);
        targetModel(model, p, null, TargetForm.empty(p.periodTo()));
        return "campaign/target-form";
    }

    @PostMapping("/{id}/targets")
    String addTarget(@PathVariable long id, @Valid @ModelAttribute("targetForm") TargetForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        ProgrammeView p = editable(id);
        requireForm(form);
        programmes.checkTarget(id, form, null).forEach(v -> errors.rejectValue(v.field(), v.key(), v.args(), null));
        if (errors.hasErrors()) {
            targetModel(model, p, null, form);
            return "campaign/target-form";
        }
        programmes.addTarget(id, form);
        redirect.addFlashAttribute("flash", msg("campaign.target.created", form.code().strip().toUpperCase()));
        return "redirect:/programmes/" + id;
    }

    @GetMapping("/{id}/targets/{targetId}/edit")
    String editTarget(@PathVariable long id, @PathVariable long targetId, Model model) {
        ProgrammeView p = editable(id);
        TargetView t = programmes.requireTarget(id, targetId);
        targetModel(model, p, t.id(), TargetForm.of(t));
        return "campaign/target-form";
    }

    @PostMapping("/{id}/targets/{targetId}")
    String updateTarget(@PathVariable long id, @PathVariable long targetId,
            @Valid @ModelAttribute("targetForm") TargetForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        ProgrammeView p = editable(id);
        programmes.requireTarget(id, targetId);
        requireForm(form);
        programmes.checkTarget(id, form, targetId)
                .forEach(v -> errors.rejectValue(v.field(), v.key(), v.args(), null));
        if (errors.hasErrors()) {
            targetModel(model, p, targetId, form);
            return "campaign/target-form";
        }
        programmes.updateTarget(id, targetId, form);
        redirect.addFlashAttribute("flash", msg("campaign.target.updated", form.code().strip().toUpperCase()));
        return "redirect:/programmes/" + id;
    }

    @GetMapping("/{id}/targets/{targetId}/allocation")
    String allocation(@PathVariable long id, @PathVariable long targetId, @RequestParam(required = false) String unit,
            @RequestParam(required = false) LocalDate on, Model model) {
        ProgrammeView p = programmes.require(id);
        TargetView t = programmes.requireTarget(id, targetId);
        allocationModel(model, p, t, unit, on, null, Map.of());
        return "campaign/allocation";
    }

    @PostMapping("/{id}/targets/{targetId}/allocation")
    String allocate(@PathVariable long id, @PathVariable long targetId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        ProgrammeView p = editable(id);
        TargetView t = programmes.requireTarget(id, targetId);
        String onText = params.getOrDefault("on", "");
        java.util.Optional<LocalDate> typedOn = vn.chungsuc.shared.time.Dates.parse(onText);
        if (typedOn.isEmpty() && !onText.isBlank()) {
            // "on=abc": the form again with the message, nothing saved (issue 18, hole 10).
            model.addAttribute("formError", msg("campaign.allocation.badDate", shorten(onText)));
            allocationModel(model, p, t, params.get("unit"), p.issuedOn(), null, params);
            return "campaign/allocation";
        }
        LocalDate on = typedOn.orElse(p.issuedOn());
        String unitParam = params.getOrDefault("unit", p.unitCode());
        String unit = territory.find(unitParam == null || unitParam.isBlank() ? p.unitCode()
                        : unitParam.strip().toUpperCase(), on, UnitScope.ALL)
                .orElseThrow(() -> new Programmes.NotFound(shorten(unitParam))).code();
        List<UnitView> children = allocatable(t, unit, on);
        Map<String, Goal> goals = new LinkedHashMap<>();
        Map<String, String> rowErrors = new LinkedHashMap<>();
        for (UnitView child : children) {
            String value = params.getOrDefault("goal_" + child.code(), "").strip().replace(',', '.');
            String outOf = params.getOrDefault("outOf_" + child.code(), "").strip();
            if (value.isEmpty()) {
                continue;
            }
            try {
                BigDecimal v = value.length() > 24 ? null : new BigDecimal(value);
                if (v == null || v.signum() < 0 || v.compareTo(MAX_GOAL) > 0 || v.scale() > 4) {
                    throw new NumberFormatException("out of bounds");
                }
                Integer whole = outOf.isEmpty() || t.goal().kind() != GoalKind.COUNT ? null : Integer.valueOf(outOf);
                if (t.goal().kind() == GoalKind.COUNT && v.stripTrailingZeros().scale() > 0) {
                    rowErrors.put(child.code(), msg("campaign.target.value.whole"));
                } else if (whole != null && (whole < 1 || v.compareTo(BigDecimal.valueOf(whole)) > 0)) {
                    rowErrors.put(child.code(), msg("campaign.target.outOf.small"));
                } else {
                    goals.put(child.code(), new Goal(t.goal().kind(), v, whole, t.goal().strict()));
                }
            } catch (IllegalArgumentException e) {
                rowErrors.put(child.code(), msg("campaign.allocation.badNumber"));
            }
        }
        if (!rowErrors.isEmpty()) {
            allocationModel(model, p, t, unit, on, rowErrors, params);
            return "campaign/allocation";
        }
        programmes.allocate(id, targetId, children.stream().map(UnitView::code).toList(), goals);
        redirect.addFlashAttribute("flash", msg("campaign.allocation.saved"));
        return "redirect:" + org.springframework.web.util.UriComponentsBuilder
                .fromPath("/programmes/{id}/targets/{target}/allocation").queryParam("unit", unit)
                .queryParam("on", on).buildAndExpand(id, targetId).encode().toUriString();
    }

    /** A goal no unit has: more than a thousand billion (a count or a percentage, typed by hand). */
    private static final BigDecimal MAX_GOAL = new BigDecimal("1000000000000");

    /** What a user typed, cut short to be shown back in a message. */
    private static String shorten(String typed) {
        String s = typed == null ? "" : typed.strip();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private void allocationModel(Model model, ProgrammeView p, TargetView t, String unit, LocalDate on,
            Map<String, String> rowErrors, Map<String, String> typed) {
        LocalDate date = on == null ? p.issuedOn() : on;
        String unitCode = unit == null || unit.isBlank() ? p.unitCode() : unit.strip().toUpperCase();
        UnitView parent = territory.find(unitCode, date, UnitScope.ALL)
                .orElseThrow(() -> new Programmes.NotFound(unitCode));
        Map<String, Goal> all = programmes.allocations(t.id());
        Goal parentGoal = unitCode.equals(p.unitCode()) ? t.goal() : all.get(unitCode);
        List<UnitView> children = allocatable(t, unitCode, date);
        Map<String, Goal> allocated = new LinkedHashMap<>();
        children.forEach(c -> {
            if (all.containsKey(c.code())) {
                allocated.put(c.code(), all.get(c.code()));
            }
        });
        Map<String, Long> grandchildren = new LinkedHashMap<>();
        children.forEach(c -> grandchildren.put(c.code(), (long) allocatable(t, c.code(), date).size()));
        model.addAttribute("programme", p);
        model.addAttribute("target", t);
        model.addAttribute("unit", parent);
        model.addAttribute("ancestors", territory.ancestors(parent, date, UnitScope.ALL).stream()
                .filter(a -> a.path().contains("/" + p.unitCode() + "/")).toList());
        model.addAttribute("on", date);
        model.addAttribute("parentGoal", parentGoal);
        model.addAttribute("children", children);
        model.addAttribute("grandchildren", grandchildren);
        model.addAttribute("allocated", allocated);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> wholes = new LinkedHashMap<>();
        for (UnitView c : children) {
            Goal g = allocated.get(c.code());
            values.put(c.code(), typed.containsKey("goal_" + c.code()) ? typed.get("goal_" + c.code())
                    : g == null ? "" : g.value().toPlainString());
            wholes.put(c.code(), typed.containsKey("outOf_" + c.code()) ? typed.get("outOf_" + c.code())
                    : g == null || g.outOf() == null ? "" : String.valueOf(g.outOf()));
        }
        model.addAttribute("values", values);
        model.addAttribute("wholes", wholes);
        model.addAttribute("rowErrors", rowErrors == null ? Map.of() : rowErrors);
        model.addAttribute("warnings", parentGoal == null ? List.of()
                : AllocationCheck.of(parentGoal, allocated, children.stream().map(UnitView::code).toList())
                        .warnings().stream().map(w -> msg(w.key(), w.args())).toList());
        model.addAttribute("mayEdit", access.mayEdit(p));
    }

    /** The units under a unit that a target can be allocated to: rural ones for a rural target, and so on. */
    private List<UnitView> allocatable(TargetView t, String unit, LocalDate on) {
        return territory.children(unit, on, UnitScope.ALL).stream()
                .filter(u -> t.population() == Population.WHOLE
                        || (t.population() == Population.RURAL ? u.type().rural() : u.type().urban()))
                .toList();
    }

    private void targetModel(Model model, ProgrammeView p, Long targetId, TargetForm form) {
        model.addAttribute("programme", p);
        model.addAttribute("targetId", targetId);
        model.addAttribute("targetForm", form);
        model.addAttribute("groups", TargetGroup.values());
        model.addAttribute("subjects", Subject.values());
        model.addAttribute("populations", Population.values());
        model.addAttribute("kinds", GoalKind.values());
        IndicatorChoices choices = indicators.getIfAvailable();
        model.addAttribute("indicatorChoices", choices == null ? List.of() : choices.choices());
    }

    /** A value no form of ours can send (an unknown enum, say) leaves no form to show again: answer 400. */
    private static void requireForm(Object form) {
        if (form == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    private ProgrammeView editable(long id) {
        ProgrammeView p = programmes.require(id);
        if (!access.mayEdit(p)) {
            throw new AccessDeniedException("may not edit programme " + id);
        }
        return p;
    }

    private String unitName(String code, LocalDate on) {
        return access.unit(code, on).map(UnitView::fullName).orElse(code);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
