package vn.chungsuc.feedback.supervision;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.feedback.domain.Reports;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.time.Today;

/**
 * "Tạo nhiệm vụ": the form that makes a task of the plan from a citizen's report or a finding (programme, target,
 * title, deadline), and the resolution of that task once the plan says it is done.
 */
@Controller
@PreAuthorize("@feedbackPermissions.may('report.followup')")
class FollowUpController {

    private final FollowUpLinks links;
    private final Today today;
    private final MessageSource messages;

    FollowUpController(FollowUpLinks links, Today today, MessageSource messages) {
        this.links = links;
        this.today = today;
        this.messages = messages;
    }

    private FollowUpLinks.Draft draft(String kind, long id) {
        return kind.equals("report") ? links.draftForReport(id) : links.draftForFinding(id);
    }

    @GetMapping({"/feedback/{id}/task", "/feedback/supervision/findings/{id}/task"})
    String form(@PathVariable long id, jakarta.servlet.http.HttpServletRequest request, Model model) {
        String kind = request.getRequestURI().contains("/findings/") ? "finding" : "report";
        FollowUpLinks.Draft d = draft(kind, id);
        return form(model, kind, d, new FollowUpLinks.TaskForm(d.choices().isEmpty() ? ""
                : String.valueOf(d.choices().get(0).programmeId()), "", d.title(),
                today.date().plusDays(30).toString()), List.of());
    }

    private String form(Model model, String kind, FollowUpLinks.Draft d, FollowUpLinks.TaskForm f,
            List<String> errors) {
        model.addAttribute("d", d);
        model.addAttribute("kind", kind);
        model.addAttribute("form", f);
        model.addAttribute("errors", errors);
        model.addAttribute("action", kind.equals("report") ? "/feedback/" + d.id() + "/task"
                : "/feedback/supervision/findings/" + d.id() + "/task");
        return "feedback/supervision/task";
    }

    @PostMapping({"/feedback/{id}/task", "/feedback/supervision/findings/{id}/task"})
    String open(@PathVariable long id, jakarta.servlet.http.HttpServletRequest request,
            @RequestParam(defaultValue = "") String programme, @RequestParam(defaultValue = "") String target,
            @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String due, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        String kind = request.getRequestURI().contains("/findings/") ? "finding" : "report";
        FollowUpLinks.Draft d = draft(kind, id);
        FollowUpLinks.TaskForm f = new FollowUpLinks.TaskForm(programme, target, title, due);
        try {
            links.open(d, f);
        } catch (Refused e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(model, kind, d, f, e.reasons().stream()
                    .map(r -> r.text(messages, LocaleContextHolder.getLocale())).toList());
        }
        redirect.addFlashAttribute("done", "feedback.followup.created");
        return "redirect:" + d.back();
    }

    @PostMapping({"/feedback/{id}/task/resolve", "/feedback/supervision/findings/{id}/task/resolve"})
    String resolve(@PathVariable long id, jakarta.servlet.http.HttpServletRequest request,
            @RequestParam(defaultValue = "") String value, @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        String kind = request.getRequestURI().contains("/findings/") ? "finding" : "report";
        FollowUpLinks.Draft d = draft(kind, id);
        try {
            links.resolve(d, value, note);
            redirect.addFlashAttribute("done", "feedback.followup.resolved");
        } catch (Refused e) {
            redirect.addFlashAttribute("followUpError", e.reasons().get(0).text(messages,
                    LocaleContextHolder.getLocale()));
        }
        return "redirect:" + d.back();
    }

}
