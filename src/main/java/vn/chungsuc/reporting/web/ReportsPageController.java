package vn.chungsuc.reporting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.reporting.document.XhtmlWriter;
import vn.chungsuc.reporting.domain.DocumentKind;
import vn.chungsuc.reporting.domain.Report;
import vn.chungsuc.reporting.domain.Reports;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.time.Period;

/**
 * The reports' screens: the reports of a unit and period with what is still missing before drafting and the form
 * to draft one; a report's page with its texts to edit (each with the default drafted from the figures), the
 * preview in the decree's layout, the steps to approval and issue, and the downloads (with a progress line while
 * the file is generated).
 */
@Controller
@PreAuthorize("@reportingPermissions.may('report.view')")
class ReportsPageController {

    private final Reports reports;
    private final MessageSource messages;

    ReportsPageController(Reports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping("/reports")
    String list(@RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String period,
            Model model) {
        String u = unit.length() > 40 ? unit.substring(0, 40).strip() : unit.strip();
        String p = Period.valid(period) ? Period.parse(period).code() : "";
        model.addAttribute("unit", u);
        model.addAttribute("period", p);
        model.addAttribute("reports", reports.list(u, p, 200));
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("dutiesKnown", reports.dutiesKnown());
        model.addAttribute("missing", !u.isEmpty() && !p.isEmpty() ? reports.missing(u, Period.parse(p)) : null);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new Reports.NewReport("YEARLY", u, p.isEmpty() ? "" : p.substring(0, 4), "",
                    ""));
        }
        return "reporting/reports";
    }

    @PostMapping("/reports")
    @PreAuthorize("@reportingPermissions.may('report.draft')")
    String create(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String year, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String programme, Locale locale, RedirectAttributes redirect) {
        Reports.NewReport form = new Reports.NewReport(kind, unit, year, from, programme);
        try {
            return "redirect:/reports/" + reports.create(form);
        } catch (Refused refused) {
            redirect.addFlashAttribute("error", refused.text(messages, locale));
            redirect.addFlashAttribute("form", form);
            return "redirect:/reports";
        }
    }

    @GetMapping("/reports/{id}")
    String report(@PathVariable long id, Model model) {
        Report r = reports.find(id);
        model.addAttribute("r", r);
        model.addAttribute("texts", reports.assembled(r).texts());
        model.addAttribute("preview", reports.preview(r));
        model.addAttribute("previewCss", XhtmlWriter.css().replaceAll("@page[^{]*\\{(?:[^{}]|\\{[^}]*\\})*\\}", ""));
        model.addAttribute("mayDraft", reports.may("report.draft", r));
        model.addAttribute("mayApprove", reports.signsNow(r));
        model.addAttribute("mayIssue", reports.may("report.issue", r));
        model.addAttribute("signers", r.editable() ? reports.signers(r) : List.of());
        return "reporting/report";
    }

    @PostMapping("/reports/{id}/texts")
    @PreAuthorize("@reportingPermissions.may('report.draft')")
    String edit(@PathVariable long id, @RequestParam Map<String, String> params, Locale locale,
            RedirectAttributes redirect) {
        Map<String, String> texts = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("text.")) {
                texts.put(k.substring(5), v);
            }
        });
        try {
            reports.edit(id, texts, params.get("signer"), params.containsKey("signer")
                    ? "on".equals(params.get("signerDeputy")) : null, params.get("coSignerName"));
            redirect.addFlashAttribute("notice", messages.getMessage("reporting.edit.saved", null, locale));
        } catch (Refused refused) {
            redirect.addFlashAttribute("error", refused.text(messages, locale));
        }
        return "redirect:/reports/" + id;
    }

    @PostMapping("/reports/{id}/{action:submit|reopen|approve|issue|correct}")
    String step(@PathVariable long id, @PathVariable String action, Locale locale, RedirectAttributes redirect) {
        long target = id;
        try {
            switch (action) {
                case "submit" -> reports.submit(id);
                case "reopen" -> reports.reopen(id);
                case "approve" -> reports.approve(id);
                case "issue" -> reports.issue(id);
                default -> target = reports.correct(id);
            }
            redirect.addFlashAttribute("notice", messages.getMessage("reporting.action.done", null, locale));
        } catch (Refused refused) {
            redirect.addFlashAttribute("error", refused.text(messages, locale));
        }
        return "redirect:/reports/" + target;
    }

    @GetMapping("/reports/{id}/file.{ext:docx|pdf|xlsx}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String ext) {
        Report r = reports.find(id);
        return switch (ext) {
            case "docx" -> ReportsApiController.file(r, Reports.Format.DOCX, ReportsApiController.DOCX, ext, reports);
            case "pdf" -> ReportsApiController.file(r, Reports.Format.PDF, MediaType.APPLICATION_PDF, ext, reports);
            default -> ReportsApiController.file(r, Reports.Format.XLSX, ReportsApiController.XLSX, ext, reports);
        };
    }
}
