package vn.chungsuc.feedback.supervision;

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
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.Bodies;

/**
 * The Front's supervision pages: the list of plans (search, year, pages), a plan with its findings, the body's
 * answers and the follow-up; the forms to add them (the form again with the reasons when refused, nothing saved);
 * the forms to edit a plan and a board (400 with the reasons when refused, nothing changed); a confirmation page
 * before a plan, a finding or a board is deleted; and the commune's people's boards.
 */
@Controller
@PreAuthorize("@feedbackPermissions.may('supervision.view')")
class SupervisionController {

    private final Supervision supervision;
    private final Boards boards;
    private final UnitChoices units;
    private final Bodies bodies;
    private final FollowUpLinks followUps;
    private final Today today;
    private final FormPages pages;
    private final org.springframework.context.MessageSource messages;

    SupervisionController(Supervision supervision, Boards boards, UnitChoices units, Bodies bodies,
            FollowUpLinks followUps, Today today, FormPages pages, org.springframework.context.MessageSource messages) {
        this.supervision = supervision;
        this.boards = boards;
        this.units = units;
        this.bodies = bodies;
        this.followUps = followUps;
        this.today = today;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/feedback/supervision")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response) {
        q = q.length() > 200 ? q.substring(0, 200) : q;
        try {
            model.addAttribute("list", supervision.list(q, year, Math.max(0, Math.min(page, 100_000))));
        } catch (Refused e) {
            model.addAttribute("errors", pages.refuse(e, HttpStatus.BAD_REQUEST, response));
            model.addAttribute("list", supervision.list(q, "", 0));
            year = "";
        }
        model.addAttribute("q", q);
        model.addAttribute("year", year);
        model.addAttribute("today", today.date());
        return "feedback/supervision/list";
    }

    @GetMapping("/feedback/supervision/new")
    @PreAuthorize("@feedbackPermissions.may('supervision.manage')")
    String newPlan(Model model) {
        return planForm(model, new Supervision.PlanForm("", "", "", "DELEGATION", "", "", ""), null, List.of());
    }

    /** The plan's form, new ({@code id} null) or for editing the plan with this id (its commune fixed). */
    private String planForm(Model model, Supervision.PlanForm form, Long id, List<String> errors) {
        List<UnitChoices.Commune> communes = units.communes(today.date()).stream()
                .filter(c -> id == null || c.commune().code().equals(form.commune())).toList();
        model.addAttribute("form", form);
        model.addAttribute("editId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("communes", communes);
        model.addAttribute("forms", Supervision.FORMS);
        model.addAttribute("bodyChoices", communes.stream().collect(java.util.stream.Collectors.toMap(
                c -> c.commune().code(), c -> bodies.of(c.commune().code(), today.date()),
                (a, b) -> a, java.util.LinkedHashMap::new)));
        return "feedback/supervision/form";
    }

    @PostMapping("/feedback/supervision")
    String create(@RequestParam(defaultValue = "") String commune, @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "") String form,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String members, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Supervision.PlanForm f = new Supervision.PlanForm(commune, subject, body, form, from, to, members);
        return pages.save(() -> supervision.create(f), "feedback.supervision.created", id -> "/feedback/supervision/"
                + id, redirect, HttpStatus.UNPROCESSABLE_ENTITY, response, errors -> planForm(model, f, null, errors));
    }

    @GetMapping("/feedback/supervision/{id}/edit")
    @PreAuthorize("@feedbackPermissions.may('supervision.manage')")
    String editPlan(@PathVariable long id, Model model) {
        return planForm(model, supervision.form(id), id, List.of());
    }

    @PostMapping("/feedback/supervision/{id}/edit")
    @PreAuthorize("@feedbackPermissions.may('supervision.manage')")
    String updatePlan(@PathVariable long id, @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "") String form,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String members, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Supervision.PlanForm current = supervision.form(id);
        Supervision.PlanForm f = new Supervision.PlanForm(current.commune(), subject, body, form, from, to, members);
        return pages.save(() -> {
            supervision.update(id, f);
            return id;
        }, "feedback.supervision.updated", x -> "/feedback/supervision/" + x, redirect, HttpStatus.BAD_REQUEST,
                response, errors -> planForm(model, f, id, errors));
    }

    @GetMapping("/feedback/supervision/{id}")
    String plan(@PathVariable long id, Model model) {
        Supervision.PlanView v = supervision.view(id);
        model.addAttribute("v", v);
        model.addAttribute("followUps", v.findings().stream().collect(java.util.stream.Collectors.toMap(
                Supervision.Finding::id, f -> followUps.ofFinding(f.id(), v.plan().communeCode(), v.plan().from()))));
        if (!model.containsAttribute("findingForm")) {
            model.addAttribute("findingForm", new Supervision.FindingForm(today.date().toString(), "", "",
                    today.date().plusDays(30).toString()));
        }
        model.addAttribute("todayIso", today.date().toString());
        return "feedback/supervision/plan";
    }

    @PostMapping("/feedback/supervision/{id}/findings")
    String addFinding(@PathVariable long id, @RequestParam(defaultValue = "") String foundOn,
            @RequestParam(defaultValue = "") String finding, @RequestParam(defaultValue = "") String recommendation,
            @RequestParam(defaultValue = "") String answerDue, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Supervision.FindingForm f = new Supervision.FindingForm(foundOn, finding, recommendation, answerDue);
        try {
            long fid = supervision.addFinding(id, f);
            redirect.addFlashAttribute("done", "feedback.finding.created");
            return "redirect:/feedback/supervision/" + id + "#finding-" + fid;
        } catch (Refused e) {
            model.addAttribute("findingForm", f);
            model.addAttribute("errors", pages.refuse(e, HttpStatus.UNPROCESSABLE_ENTITY, response));
            return plan(id, model);
        }
    }

    @PostMapping("/feedback/supervision/findings/{fid}/notes")
    String addNote(@PathVariable long fid, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String on, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "false") boolean close, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        long planId = supervision.finding(fid).plan().id();
        try {
            supervision.addNote(fid, kind, on, text, close);
            redirect.addFlashAttribute("done", "feedback.finding.noted");
            return "redirect:/feedback/supervision/" + planId + "#finding-" + fid;
        } catch (Refused e) {
            model.addAttribute("errors", pages.refuse(e, HttpStatus.UNPROCESSABLE_ENTITY, response));
            model.addAttribute("noteFinding", fid);
            model.addAttribute("noteText", text);
            return plan(planId, model);
        }
    }

    @GetMapping("/feedback/supervision/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        return confirmDelete(id, model, List.of());
    }

    private String confirmDelete(long id, Model model, List<String> errors) {
        Supervision.Removal r = supervision.removal(id);
        return pages.confirm(model, "feedback.supervision.delete.title", "feedback.supervision.delete.confirm",
                new Object[] {r.plan().subject(), r.findings()}, "/feedback/supervision/" + id + "/delete",
                "/feedback/supervision/" + id, errors);
    }

    @PostMapping("/feedback/supervision/{id}/delete")
    String delete(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            supervision.delete(id);
        } catch (Refused e) {
            return confirmDelete(id, model, pages.refuse(e, HttpStatus.CONFLICT, response));
        }
        redirect.addFlashAttribute("done", "feedback.supervision.deleted");
        return "redirect:/feedback/supervision";
    }

    @GetMapping("/feedback/supervision/findings/{fid}/delete")
    String confirmDeleteFinding(@PathVariable long fid, Model model) {
        return confirmDeleteFinding(fid, model, List.of());
    }

    private String confirmDeleteFinding(long fid, Model model, List<String> errors) {
        Supervision.FindingView fv = supervision.finding(fid);
        return pages.confirm(model, "feedback.finding.delete.title", "feedback.finding.delete.confirm",
                new Object[] {fv.finding().recommendation()}, "/feedback/supervision/findings/" + fid + "/delete",
                "/feedback/supervision/" + fv.plan().id(), errors);
    }

    @PostMapping("/feedback/supervision/findings/{fid}/delete")
    String deleteFinding(@PathVariable long fid, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            long planId = supervision.deleteFinding(fid);
            redirect.addFlashAttribute("done", "feedback.finding.deleted");
            return "redirect:/feedback/supervision/" + planId;
        } catch (Refused e) {
            return confirmDeleteFinding(fid, model, pages.refuse(e, HttpStatus.CONFLICT, response));
        }
    }

    // ------------------------------------------------------------ boards

    @GetMapping("/feedback/boards")
    String boards(@RequestParam(defaultValue = "") String commune, Model model) {
        model.addAttribute("boards", boards.visible(commune.length() > 40 ? "" : commune));
        model.addAttribute("kinds", boards.kinds());
        model.addAttribute("today", today.date());
        return "feedback/supervision/boards";
    }

    @GetMapping("/feedback/boards/new")
    @PreAuthorize("@feedbackPermissions.may('board.manage')")
    String newBoard(Model model) {
        return boardForm(model, new Boards.BoardForm("", "PEOPLES_INSPECTION", "", "", "", "", ""), null,
                List.of());
    }

    /** The board's form, new ({@code id} null) or for editing the board with this id (commune and kind fixed). */
    private String boardForm(Model model, Boards.BoardForm form, Long id, List<String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("editId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("communes", units.communes(today.date()).stream()
                .filter(c -> id == null || c.commune().code().equals(form.commune())).toList());
        model.addAttribute("kinds", boards.kinds().stream()
                .filter(k -> id == null || k.code().equals(form.kind())).toList());
        return "feedback/supervision/board-form";
    }

    @PostMapping("/feedback/boards")
    String createBoard(@RequestParam(defaultValue = "") String commune, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String termFrom,
            @RequestParam(defaultValue = "") String termTo, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String members, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Boards.BoardForm f = new Boards.BoardForm(commune, kind, name, termFrom, termTo, decision, members);
        return pages.save(() -> boards.create(f), "feedback.board.created", id -> "/feedback/boards/" + id, redirect,
                HttpStatus.UNPROCESSABLE_ENTITY, response, errors -> boardForm(model, f, null, errors));
    }

    @GetMapping("/feedback/boards/{id}/edit")
    @PreAuthorize("@feedbackPermissions.may('board.manage')")
    String editBoard(@PathVariable long id, Model model) {
        // the members' roles as the form's help names them (Trưởng ban, Phó Trưởng ban, Thành viên), not their codes;
        // in Vietnamese whatever the page's language, since those are the words the form reads back
        java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
        return boardForm(model, boards.form(id, role -> messages.getMessage("feedback.board.role." + role, null, role,
                vi)), id, List.of());
    }

    @PostMapping("/feedback/boards/{id}/edit")
    @PreAuthorize("@feedbackPermissions.may('board.manage')")
    String updateBoard(@PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String termFrom, @RequestParam(defaultValue = "") String termTo,
            @RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String members,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Boards.BoardForm current = boards.form(id);
        Boards.BoardForm f = new Boards.BoardForm(current.commune(), current.kind(), name, termFrom, termTo, decision,
                members);
        return pages.save(() -> {
            boards.update(id, f);
            return id;
        }, "feedback.board.updated", x -> "/feedback/boards/" + x, redirect, HttpStatus.BAD_REQUEST, response,
                errors -> boardForm(model, f, id, errors));
    }

    @GetMapping("/feedback/boards/{id}")
    String board(@PathVariable long id, Model model) {
        Boards.Board b = boards.board(id);
        model.addAttribute("b", b);
        model.addAttribute("mayManage", boards.mayManage(b));
        model.addAttribute("today", today.date());
        return "feedback/supervision/board";
    }

    @GetMapping("/feedback/boards/{id}/delete")
    String confirmDeleteBoard(@PathVariable long id, Model model) {
        Boards.Board b = boards.board(id);
        return pages.confirm(model, "feedback.board.delete.title", "feedback.board.delete.confirm",
                new Object[] {b.name(), b.members().size()}, "/feedback/boards/" + id + "/delete",
                "/feedback/boards/" + id, List.of());
    }

    @PostMapping("/feedback/boards/{id}/delete")
    String deleteBoard(@PathVariable long id, RedirectAttributes redirect) {
        boards.delete(id);
        redirect.addFlashAttribute("done", "feedback.board.deleted");
        return "redirect:/feedback/boards";
    }

}
