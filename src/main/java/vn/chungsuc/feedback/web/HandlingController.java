package vn.chungsuc.feedback.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
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
import vn.chungsuc.feedback.FeedbackPermissions;
import vn.chungsuc.feedback.ReportStatus;
import vn.chungsuc.feedback.domain.Reports;
import vn.chungsuc.feedback.domain.Responsiveness;
import vn.chungsuc.feedback.domain.Rules;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.Bodies;

/**
 * The officers' pages: the inbox of the reports of their communes (paged, filtered by status, category, body and
 * commune, searched without accents, overdue only), a report with its history and the handling form, and the rules
 * as data (categories with their deadlines and bases, the working-day calendar of a year).
 */
@Controller
@PreAuthorize("@feedbackPermissions.may('report.view')")
class HandlingController {

    private final Reports reports;
    private final Rules rules;
    private final Bodies bodies;
    private final Today today;
    private final MessageSource messages;
    private final Responsiveness responsiveness;
    private final FeedbackPermissions permissions;

    HandlingController(Reports reports, Rules rules, Bodies bodies, Today today, MessageSource messages,
            Responsiveness responsiveness, FeedbackPermissions permissions) {
        this.permissions = permissions;
        this.responsiveness = responsiveness;
        this.reports = reports;
        this.rules = rules;
        this.bodies = bodies;
        this.today = today;
        this.messages = messages;
    }

    @GetMapping("/feedback")
    String inbox(@RequestParam(defaultValue = "open") String status, @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "") String commune,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Reports.Page list = reports.inbox(new Reports.Filter(status.equals("all") ? "" : status, category, body,
                commune, q, overdue), Math.max(0, Math.min(page, 100_000)));
        model.addAttribute("list", list);
        model.addAttribute("status", status);
        model.addAttribute("category", category);
        model.addAttribute("body", body);
        model.addAttribute("commune", commune);
        model.addAttribute("q", q);
        model.addAttribute("overdue", overdue);
        model.addAttribute("categories", rules.categories());
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("bodies", reports.bodiesInUse());
        model.addAttribute("queryRest", "status=" + enc(status) + "&category=" + enc(category) + "&body="
                + enc(body) + "&commune=" + enc(commune) + "&q=" + enc(q) + "&overdue=" + overdue);
        return "feedback/inbox";
    }

    @GetMapping("/feedback/{id}")
    String report(@PathVariable long id, Model model) {
        Reports.View v = reports.officerView(id);
        model.addAttribute("v", v);
        model.addAttribute("mayHandle", reports.mayHandle(v.report()) && v.report().status().awaitingAnswer());
        model.addAttribute("bodyChoices", bodies.of(v.report().communeCode(), today.date()));
        return "feedback/report";
    }

    @PostMapping("/feedback/{id}/handle")
    String handle(@PathVariable long id, @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "") String days, @RequestParam(defaultValue = "") String duplicateOf,
            RedirectAttributes redirect, Model model, HttpServletResponse response) {
        try {
            reports.handle(id, new Reports.Command(action, text, body, days, duplicateOf));
        } catch (Refused e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.reasons().get(0).text(messages, LocaleContextHolder.getLocale()));
            model.addAttribute("text", text);
            return report(id, model);
        }
        redirect.addFlashAttribute("done", "feedback.handle.done." + action);
        return "redirect:/feedback/" + id;
    }

    @GetMapping("/feedback/rules")
    String rules(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? today.year() : Math.max(2000, Math.min(2100, year));
        model.addAttribute("categories", rules.categories());
        model.addAttribute("year", y);
        model.addAttribute("days", rules.calendarDays(y));
        model.addAttribute("mayEdit", permissions.may("rules.manage"));
        return "feedback/rules";
    }

    @PostMapping("/feedback/rules/days")
    @PreAuthorize("@feedbackPermissions.may('rules.manage')")
    String setDay(@RequestParam(defaultValue = "") String day, @RequestParam(defaultValue = "false") boolean working,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "") String remove, Model model, HttpServletResponse response) {
        try {
            if ("true".equals(remove)) {
                rules.removeDay(day);
            } else {
                rules.setDay(day, working, name, source);
            }
        } catch (Refused e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.reasons().get(0).text(messages, LocaleContextHolder.getLocale()));
            return rules(null, model);
        }
        return "redirect:/feedback/rules?year=" + (day.length() >= 4 && day.substring(0, 4).matches("\\d{4}")
                ? day.substring(0, 4) : String.valueOf(today.year()));
    }

    @PostMapping("/feedback/rules/categories/{code}")
    @PreAuthorize("@feedbackPermissions.may('rules.manage')")
    String setDeadline(@PathVariable String code, @RequestParam(defaultValue = "") String days,
            @RequestParam(defaultValue = "") String basis, Model model, HttpServletResponse response) {
        try {
            rules.setDeadline(code, days, basis);
        } catch (Refused e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.reasons().get(0).text(messages, LocaleContextHolder.getLocale()));
            return rules(null, model);
        }
        return "redirect:/feedback/rules";
    }

    @GetMapping("/feedback/figures")
    String figures(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "body") String by, Model model) {
        YearMonth end = month(to, YearMonth.from(today.date()), "to");
        YearMonth start = month(from, end.minusMonths(11), "from");
        if (start.isAfter(end) || start.plusYears(5).isBefore(end)) {
            throw new Refused("from", "feedback.refused.span", 5);
        }
        String grouping = switch (by) {
            case "commune", "category" -> by;
            default -> "body";
        };
        model.addAttribute("rows", responsiveness.figures(start, end, grouping, true));
        model.addAttribute("from", start.toString());
        model.addAttribute("to", end.toString());
        model.addAttribute("by", grouping);
        model.addAttribute("minimum", responsiveness.minimum());
        return "feedback/figures";
    }

    private static YearMonth month(String text, YearMonth otherwise, String field) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            YearMonth m = YearMonth.parse(text.strip());
            if (m.getYear() < 2000 || m.getYear() > 2100) {
                throw new Refused(field, "feedback.refused.month");
            }
            return m;
        } catch (java.time.format.DateTimeParseException e) {
            throw new Refused(field, "feedback.refused.month");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }


}
