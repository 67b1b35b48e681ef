package vn.chungsuc.plan.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.shared.awards.AwardRegister.NewAward;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.shared.web.Downloads;

/** A programme's checks and reviews: the list, a review with its awards, an inspection with its follow-ups. */
@Controller
@PreAuthorize("@planPermissions.may('review.view')")
class ReviewController {

    static final int PAGE_SIZE = 20;
    static final long MAX_FILE = 5L * 1024 * 1024;

    private final Reviews reviews;
    private final MessageSource messages;

    ReviewController(Reviews reviews, MessageSource messages) {
        this.reviews = reviews;
        this.messages = messages;
    }

    @GetMapping("/plan/reviews")
    String list(@RequestParam(required = false) Long programme, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        List<ProgrammeView> all = reviews.programmes();
        model.addAttribute("programmes", all);
        if (all.isEmpty()) {
            return "plan/review/reviews";
        }
        ProgrammeView p = programme == null ? all.stream().filter(x -> !reviews.reviews(x.id()).isEmpty())
                .findFirst().orElse(all.get(0)) : reviews.programme(programme, "review.view");
        String key = VietnameseText.searchKey(q.length() > 200 ? q.substring(0, 200) : q);
        List<Reviews.Inspection> inspections = reviews.inspections(p.id()).stream()
                .filter(i -> key.isEmpty() || VietnameseText.searchKey(i.period() + " " + i.team() + " "
                        + i.findings() + " " + String.join(" ", i.unitNames())).contains(key)).toList();
        int pages = Math.max(1, (inspections.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int at = Math.max(0, Math.min(page, pages - 1));
        model.addAttribute("programme", p);
        model.addAttribute("reviews", reviews.reviews(p.id()));
        model.addAttribute("inspections", inspections.subList(at * PAGE_SIZE,
                Math.min(inspections.size(), (at + 1) * PAGE_SIZE)));
        model.addAttribute("found", inspections.size());
        model.addAttribute("today", reviews.today());
        model.addAttribute("kinds", Reviews.Kind.values());
        model.addAttribute("q", q);
        model.addAttribute("page", at);
        model.addAttribute("totalPages", pages);
        model.addAttribute("queryRest", "programme=" + p.id() + "&q="
                + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
        return "plan/review/reviews";
    }

    @PostMapping("/plan/reviews")
    @PreAuthorize("@planPermissions.may('review.record')")
    String saveReview(@RequestParam long programme, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String heldOn, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String reportText, @RequestParam(required = false) MultipartFile report,
            RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            byte[] file = null;
            if (report != null && !report.isEmpty()) {
                if (report.getSize() > MAX_FILE) {
                    throw new Refused("report", "plan.unityday.report.large", report.getOriginalFilename(),
                            MAX_FILE / 1024);
                }
                file = bytes(report);
            }
            long id = reviews.saveReview(programme, kind, heldOn, title, reportText,
                    report == null ? null : report.getOriginalFilename(),
                    report == null ? null : report.getContentType(), file);
            redirect.addFlashAttribute("notice", messages.getMessage("plan.review.saved", null, locale));
            return "redirect:/plan/reviews/" + id;
        } catch (Refused refused) {
            redirect.addFlashAttribute("error", refused.text(messages, locale));
            return "redirect:/plan/reviews?programme=" + programme;
        }
    }

    @GetMapping("/plan/reviews/{id}")
    String review(@PathVariable long id, Model model) {
        model.addAttribute("p", reviews.review(id));
        return "plan/review/review";
    }

    @PostMapping("/plan/reviews/{id}/awards")
    @PreAuthorize("@planPermissions.may('review.record')")
    String award(@PathVariable long id, @RequestParam(defaultValue = "") String form,
            @RequestParam(defaultValue = "") String issuerUnit, @RequestParam(defaultValue = "") String decisionNumber,
            @RequestParam(defaultValue = "") String decisionDate, @RequestParam(defaultValue = "") String achievement,
            @RequestParam(defaultValue = "") String period, @RequestParam(defaultValue = "") String recipientKind,
            @RequestParam(defaultValue = "") String recipientId, @RequestParam(defaultValue = "") String recipientName,
            RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            reviews.awardAtReview(id, new NewAward(form, issuerUnit, decisionNumber, decisionDate, achievement,
                    period, recipientKind, recipientId.isBlank() ? null : recipientId, recipientName));
            redirect.addFlashAttribute("notice", messages.getMessage("plan.award.saved", null, locale));
        } catch (Refused refused) {
            redirect.addFlashAttribute("error", refused.text(messages, locale));
        }
        return "redirect:/plan/reviews/" + id;
    }

    @GetMapping("/plan/reviews/{id}/report")
    ResponseEntity<byte[]> report(@PathVariable long id) {
        Reviews.File f = reviews.reviewFile(id).orElseThrow(() -> new Refused("report", "plan.unityday.report.none"));
        return Downloads.file(f.name(), f.contentType(), f.content());
    }

    @GetMapping("/plan/inspections/{id}")
    String inspection(@PathVariable long id, Model model) {
        Reviews.Inspection i = reviews.inspection(id);
        ProgrammeView p = reviews.programme(i.programmeId(), "review.view");
        model.addAttribute("i", i);
        model.addAttribute("programme", p);
        model.addAttribute("today", reviews.today());
        return "plan/review/inspection";
    }

    @PostMapping("/plan/inspections")
    @PreAuthorize("@planPermissions.may('review.record')")
    String inspect(@RequestParam long programme, @RequestParam(defaultValue = "") String period,
            @RequestParam(defaultValue = "") String team, @RequestParam(defaultValue = "") String heldOn,
            @RequestParam(defaultValue = "") String findings, @RequestParam(defaultValue = "") String units,
            RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            long id = reviews.inspect(programme, period, team, heldOn, findings,
                    Arrays.asList(units.split("[\\s,;]+")));
            redirect.addFlashAttribute("notice", messages.getMessage("plan.inspection.saved", null, locale));
            return "redirect:/plan/inspections/" + id;
        } catch (Refused refused) {
            redirect.addFlashAttribute("error", refused.text(messages, locale));
            return "redirect:/plan/reviews?programme=" + programme;
        }
    }

    @PostMapping("/plan/inspections/{id}/followups")
    @PreAuthorize("@planPermissions.may('review.record')")
    String followUp(@PathVariable long id, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String owner, @RequestParam(defaultValue = "") String dueOn,
            RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            reviews.followUp(id, title, owner, dueOn);
            redirect.addFlashAttribute("notice", messages.getMessage("plan.followup.saved", null, locale));
        } catch (Refused refused) {
            redirect.addFlashAttribute("error", refused.text(messages, locale));
        }
        return "redirect:/plan/inspections/" + id;
    }

    @PostMapping("/plan/followups/{id}/close")
    @PreAuthorize("@planPermissions.may('review.record')")
    String close(@PathVariable long id, @RequestParam(defaultValue = "") String closedOn,
            @RequestParam(defaultValue = "") String note, @RequestParam long inspection,
            RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            long i = reviews.close(id, closedOn, note);
            redirect.addFlashAttribute("notice", messages.getMessage("plan.followup.closedNow", null, locale));
            return "redirect:/plan/inspections/" + i;
        } catch (Refused refused) {
            redirect.addFlashAttribute("error", refused.text(messages, locale));
            return "redirect:/plan/inspections/" + inspection;
        }
    }

    private static byte[] bytes(MultipartFile f) {
        try {
            return f.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
