package vn.chungsuc.feedback.mediation;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.feedback.supervision.FormPages;
import vn.chungsuc.feedback.supervision.UnitChoices;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;

/** The mediation cases: list (search, outcome, year, area; pages), counts per area and year, form, deletion. */
@Controller
@PreAuthorize("@feedbackPermissions.may('mediation.view')")
class MediationController {

    private final Mediations mediations;
    private final UnitChoices units;
    private final Today today;
    private final FormPages pages;

    MediationController(Mediations mediations, UnitChoices units, Today today, FormPages pages) {
        this.mediations = mediations;
        this.units = units;
        this.today = today;
        this.pages = pages;
    }

    @GetMapping("/feedback/mediation")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String year, @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String asOf, @RequestParam(defaultValue = "0") int page, Model model,
            HttpServletResponse response) {
        if (year.isBlank() && !asOf.isBlank()) {
            year = Dates.parse(asOf).map(d -> String.valueOf(d.getYear())).orElse("");
        }
        q = q.length() > 200 ? q.substring(0, 200) : q;
        try {
            model.addAttribute("list", mediations.list(q, outcome, year, unit, Math.max(0, Math.min(page, 100_000))));
            model.addAttribute("counts", mediations.counts(year));
        } catch (Refused e) {
            model.addAttribute("errors", pages.refuse(e, HttpStatus.BAD_REQUEST, response));
            model.addAttribute("list", mediations.list("", "", "", "", 0));
            model.addAttribute("counts", mediations.counts(""));
            outcome = "";
            year = "";
        }
        model.addAttribute("q", q);
        model.addAttribute("outcome", outcome);
        model.addAttribute("year", year);
        model.addAttribute("unit", unit.length() > 40 ? "" : unit);
        model.addAttribute("outcomes", Mediations.OUTCOMES);
        return "feedback/mediation/list";
    }

    @GetMapping("/feedback/mediation/new")
    @PreAuthorize("@feedbackPermissions.may('mediation.record')")
    String newCase(Model model) {
        return form(model, new Mediations.CaseForm("", today.date().toString(), "", "", "", "ONGOING", ""),
                List.of());
    }

    private String form(Model model, Mediations.CaseForm f, List<String> errors) {
        model.addAttribute("form", f);
        model.addAttribute("errors", errors);
        model.addAttribute("communes", units.communes(today.date()));
        model.addAttribute("outcomes", Mediations.OUTCOMES);
        return "feedback/mediation/form";
    }

    @PostMapping("/feedback/mediation")
    String create(@RequestParam(defaultValue = "") String area, @RequestParam(defaultValue = "") String receivedOn,
            @RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String parties,
            @RequestParam(defaultValue = "") String mediators, @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String concludedOn, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Mediations.CaseForm f = new Mediations.CaseForm(area, receivedOn, subject, parties, mediators, outcome,
                concludedOn);
        return pages.save(() -> mediations.create(f), "feedback.mediation.created", id -> "/feedback/mediation/" + id,
                redirect, HttpStatus.UNPROCESSABLE_ENTITY, response, errors -> form(model, f, errors));
    }

    @GetMapping("/feedback/mediation/{id}")
    String item(@PathVariable long id, Model model) {
        Mediations.Case c = mediations.get(id);
        model.addAttribute("c", c);
        model.addAttribute("mayRecord", mediations.mayRecord(c));
        return "feedback/mediation/case";
    }

    @GetMapping("/feedback/mediation/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        Mediations.Case c = mediations.get(id);
        return pages.confirm(model, "feedback.mediation.delete.title", "feedback.mediation.delete.confirm",
                new Object[] {Dates.show(c.receivedOn()), c.areaName()}, "/feedback/mediation/" + id + "/delete",
                "/feedback/mediation/" + id, List.of());
    }

    @PostMapping("/feedback/mediation/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        mediations.delete(id);
        redirect.addFlashAttribute("done", "feedback.mediation.deleted");
        return "redirect:/feedback/mediation";
    }

}
