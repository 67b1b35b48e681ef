package vn.chungsuc.plan.completeness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.shared.documents.XlsxTable.Column;
import vn.chungsuc.shared.documents.XlsxTable;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.web.Downloads;

/**
 * The completeness page (who was expected to submit, who did, who on time) with its "Nhắc nộp" buttons, filters and
 * Excel export; the settings of each kind; and an officer's reminders.
 */
@Controller
class CompletenessController {

    static final int PAGE_SIZE = 50;

    private final Completeness completeness;
    private final MessageSource messages;

    CompletenessController(Completeness completeness, MessageSource messages) {
        this.completeness = completeness;
        this.messages = messages;
    }

    @GetMapping("/plan/completeness")
    @PreAuthorize("@planPermissions.may('duty.view')")
    String page(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String period,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        List<vn.chungsuc.shared.duties.ReportingDuties.DutyKind> kinds = completeness.kinds();
        model.addAttribute("kinds", kinds);
        if (kinds.isEmpty()) {
            model.addAttribute("sheet", null);
            return "plan/completeness/completeness";
        }
        String k = kind.isBlank() ? kinds.get(0).code() : kind.strip();
        String p = period.isBlank() ? completeness.latestEnded().code() : period.strip();
        Completeness.Sheet sheet = completeness.sheet(k, p);
        if (period.isBlank() && sheet.lines().isEmpty() && sheet.period().firstHalf()) {
            // a kind expected once a year (the Great Unity Day report): its last year rather than an empty half
            sheet = completeness.sheet(k, String.valueOf(sheet.period().year() - 1));
        }
        Set<Completeness.Status> wanted = Completeness.statuses(status);
        String key = VietnameseText.searchKey(q.length() > 200 ? q.substring(0, 200) : q);
        List<Completeness.Line> lines = sheet.lines().stream().filter(l -> wanted.contains(l.status()))
                .filter(l -> key.isEmpty() || VietnameseText.searchKey(l.unitName() + " " + l.parentName() + " "
                        + l.unitCode()).contains(key)).toList();
        int pages = Math.max(1, (lines.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int at = Math.max(0, Math.min(page, pages - 1));
        model.addAttribute("sheet", sheet);
        model.addAttribute("lines", lines.subList(at * PAGE_SIZE, Math.min(lines.size(), (at + 1) * PAGE_SIZE)));
        model.addAttribute("found", lines.size());
        model.addAttribute("kind", k);
        model.addAttribute("period", sheet.period().code());
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", Completeness.Status.values());
        model.addAttribute("page", at);
        model.addAttribute("totalPages", pages);
        model.addAttribute("queryRest", "kind=" + enc(k) + "&period=" + enc(sheet.period().code()) + "&q=" + enc(q)
                + "&status=" + enc(status));
        return "plan/completeness/completeness";
    }

    @GetMapping("/plan/completeness/export.xlsx")
    @PreAuthorize("@planPermissions.may('duty.view')")
    ResponseEntity<byte[]> export(@RequestParam String kind, @RequestParam String period) throws IOException {
        Completeness.Sheet sheet = completeness.sheet(kind, period);
        Locale locale = LocaleContextHolder.getLocale();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxTable xlsx = new XlsxTable(messages, locale)) {
            XlsxTable.Sheet s = xlsx.sheet("plan.duty.export.sheet")
                    .title(xlsx.msg("plan.duty.export.title", xlsx.msg(sheet.kind().labelKey()),
                            sheet.period().code()))
                    .line(xlsx.msg("plan.duty.summary", sheet.expected(), sheet.submitted(), sheet.onTime()))
                    .line(xlsx.msg("plan.duty.settings.line", Dates.show(sheet.dueOn()), Dates.show(sheet.lockOn()),
                            sheet.setting().source()))
                    .blank()
                    .columns(Column.of("plan.duty.column.unit", 32), Column.of("plan.duty.column.parent", 28),
                            Column.of("plan.duty.column.code", 12), Column.of("plan.duty.column.submittedOn", 14),
                            Column.of("plan.duty.column.daysAfter", 12), Column.of("plan.duty.column.status", 16),
                            Column.of("plan.duty.column.reminded", 14), Column.of("plan.duty.column.reminders", 10));
            for (Completeness.Line l : sheet.lines()) {
                s.row(l.unitName(), l.parentName(), l.unitCode(), Dates.show(l.submittedOn()),
                        XlsxTable.count(Completeness.daysAfter(sheet.period(), l.submittedOn())),
                        xlsx.msg("plan.duty.status." + l.status()), Dates.show(l.remindedOn()),
                        XlsxTable.count((long) l.reminders()));
            }
            xlsx.write(out);
        }
        return Downloads.xlsx("nop-bao-cao-" + sheet.kind().code().toLowerCase(Locale.ROOT) + "-"
                                + sheet.period().code() + ".xlsx", out.toByteArray());
    }

    @PostMapping("/plan/completeness/remind")
    @PreAuthorize("@planPermissions.may('duty.remind')")
    String remind(@RequestParam String kind, @RequestParam String period,
            @RequestParam(defaultValue = "") String unit, RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            boolean sent = unit.isBlank() ? completeness.remindAll(kind, period) > 0
                    : completeness.remind(kind, period, unit);
            redirect.addFlashAttribute("notice", messages.getMessage(
                    sent ? "plan.duty.remind.sent" : "plan.duty.remind.already", null, locale));
        } catch (Refused refused) {
            redirect.addFlashAttribute("error", refused.text(messages, locale));
        }
        return "redirect:/plan/completeness?kind=" + enc(kind) + "&period=" + enc(period);
    }

    @GetMapping("/plan/completeness/settings")
    @PreAuthorize("@planPermissions.may('duty.view')")
    String settings(Model model) {
        model.addAttribute("settings", completeness.settings());
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        completeness.kinds().forEach(k -> labels.put(k.code(), k.labelKey()));
        labels.put("*", "plan.duty.settings.default");
        model.addAttribute("labels", labels);
        return "plan/completeness/settings";
    }

    @PostMapping("/plan/completeness/settings")
    @PreAuthorize("@planPermissions.may('duty.settings')")
    String saveSetting(@RequestParam String kind, @RequestParam(defaultValue = "") String timelyDays,
            @RequestParam(defaultValue = "") String lockDays, @RequestParam(defaultValue = "") String source,
            RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            completeness.saveSetting(kind, timelyDays, lockDays, source);
            redirect.addFlashAttribute("notice", messages.getMessage("plan.duty.setting.saved", null, locale));
        } catch (Refused refused) {
            redirect.addFlashAttribute("error", refused.text(messages, locale));
        }
        return "redirect:/plan/completeness/settings";
    }

    @GetMapping("/plan/reminders")
    @PreAuthorize("isAuthenticated()")
    String reminders(Model model) {
        model.addAttribute("reminders", completeness.mine());
        return "plan/completeness/reminders";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
