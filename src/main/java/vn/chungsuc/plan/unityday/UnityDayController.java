package vn.chungsuc.plan.unityday;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.shared.awards.AwardRegister.NewAward;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.shared.web.Downloads;

/**
 * The Great Unity Days of a year (which areas held it, per commune) and an area's day with its form and the awards
 * given there.
 */
@Controller
@PreAuthorize("@planPermissions.may('unityday.view')")
class UnityDayController {

    static final int PAGE_SIZE = 50;

    private final UnityDays days;
    private final MessageSource messages;

    UnityDayController(UnityDays days, MessageSource messages) {
        this.days = days;
        this.messages = messages;
    }

    @GetMapping("/plan/unity-days")
    String overview(@RequestParam(defaultValue = "") String year, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        int y = days.year(year);
        UnityDays.Overview o = days.overview(y);
        UnityDays.Status wanted = null;
        if (!status.isBlank()) {
            try {
                wanted = UnityDays.Status.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                throw new Refused("status", "plan.unityday.status.invalid", status);
            }
        }
        String key = VietnameseText.searchKey(q.length() > 200 ? q.substring(0, 200) : q);
        final UnityDays.Status w = wanted;
        List<UnityDays.Line> lines = o.lines().stream().filter(l -> w == null || l.status() == w)
                .filter(l -> key.isEmpty() || VietnameseText.searchKey(l.area().fullName() + " " + l.communeName())
                        .contains(key)).toList();
        int pages = Math.max(1, (lines.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int at = Math.max(0, Math.min(page, pages - 1));
        model.addAttribute("o", o);
        model.addAttribute("lines", lines.subList(at * PAGE_SIZE, Math.min(lines.size(), (at + 1) * PAGE_SIZE)));
        model.addAttribute("found", lines.size());
        model.addAttribute("year", y);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", UnityDays.Status.values());
        model.addAttribute("page", at);
        model.addAttribute("totalPages", pages);
        model.addAttribute("queryRest", "year=" + y + "&q=" + enc(q) + "&status=" + enc(status));
        return "plan/unityday/overview";
    }

    @GetMapping("/plan/unity-days/area/{area}/{year}")
    String area(@PathVariable String area, @PathVariable String year, Model model) {
        UnityDays.AreaPage p = days.area(area, days.year(year));
        model.addAttribute("p", p);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", p.day().map(d -> new UnityDays.Form(d.plan(),
                    d.plannedOn() == null ? "" : d.plannedOn().toString(),
                    d.heldOn() == null ? "" : d.heldOn().toString(),
                    d.attendance() == null ? "" : String.valueOf(d.attendance()), d.reportText(),
                    String.valueOf(d.housesHanded()), String.valueOf(d.nextFamilies()), d.nextArea()))
                    .orElse(new UnityDays.Form("", "", "", "", "", "0", "0", false)));
        }
        return "plan/unityday/area";
    }

    @PostMapping("/plan/unity-days/area/{area}/{year}")
    @PreAuthorize("@planPermissions.may('unityday.record')")
    String save(@PathVariable String area, @PathVariable String year,
            @RequestParam(defaultValue = "") String plan, @RequestParam(defaultValue = "") String plannedOn,
            @RequestParam(defaultValue = "") String heldOn, @RequestParam(defaultValue = "") String attendance,
            @RequestParam(defaultValue = "") String reportText, @RequestParam(defaultValue = "0") String housesHanded,
            @RequestParam(defaultValue = "0") String nextFamilies, @RequestParam(defaultValue = "false") boolean nextArea,
            @RequestParam(required = false) MultipartFile report, RedirectAttributes redirect) {
        int y = days.year(year);
        UnityDays.Form form = new UnityDays.Form(plan, plannedOn, heldOn, attendance, reportText, housesHanded,
                nextFamilies, nextArea);
        UnityDays.Upload upload = null;
        if (report != null && !report.isEmpty()) {
            upload = new UnityDays.Upload(report.getOriginalFilename(), report.getContentType(), report.getSize(),
                    report.getSize() > days.maxFileBytes() ? null : bytes(report));
        }
        Locale locale = LocaleContextHolder.getLocale();
        try {
            days.save(area, y, form, upload);
            redirect.addFlashAttribute("notice", messages.getMessage("plan.unityday.saved", null, locale));
        } catch (Refused refused) {
            redirect.addFlashAttribute("error", refused.text(messages, locale));
            redirect.addFlashAttribute("form", form);
        }
        return "redirect:/plan/unity-days/area/" + enc(area) + "/" + y;
    }

    @PostMapping("/plan/unity-days/{id}/awards")
    @PreAuthorize("@planPermissions.may('unityday.record')")
    String award(@PathVariable long id, @RequestParam(defaultValue = "") String form,
            @RequestParam(defaultValue = "") String issuerUnit, @RequestParam(defaultValue = "") String decisionNumber,
            @RequestParam(defaultValue = "") String decisionDate, @RequestParam(defaultValue = "") String achievement,
            @RequestParam(defaultValue = "") String period, @RequestParam(defaultValue = "") String recipientKind,
            @RequestParam(defaultValue = "") String recipientId, @RequestParam(defaultValue = "") String recipientName,
            RedirectAttributes redirect) {
        UnityDays.Day day = days.byId(id).orElseThrow(() -> new org.springframework.security.access
                .AccessDeniedException("no unity day " + id));
        Locale locale = LocaleContextHolder.getLocale();
        try {
            days.award(id, new NewAward(form, issuerUnit, decisionNumber, decisionDate, achievement, period,
                    recipientKind, recipientId.isBlank() ? null : recipientId, recipientName));
            redirect.addFlashAttribute("notice", messages.getMessage("plan.award.saved", null, locale));
        } catch (Refused refused) {
            redirect.addFlashAttribute("error", refused.text(messages, locale));
        }
        return "redirect:/plan/unity-days/area/" + enc(day.areaCode()) + "/" + day.year();
    }

    @GetMapping("/plan/unity-days/{id}/report")
    ResponseEntity<byte[]> report(@PathVariable long id) {
        UnityDays.File file = days.file(id).orElseThrow(() -> new Refused("report", "plan.unityday.report.none"));
        return Downloads.file(file.name(), file.contentType(), file.content());
    }

    private static byte[] bytes(MultipartFile f) {
        try {
            return f.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
