package vn.chungsuc.plan.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
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
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.plan.TaskState;
import vn.chungsuc.plan.domain.NotFound;
import vn.chungsuc.plan.domain.Plans;
import vn.chungsuc.plan.domain.TaskStatus;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.shared.web.Downloads;

/**
 * A programme's plan: the task tree with each task's progress, the roll-up formula with its weights, the tasks of
 * the user's own department first; a task's page with the "why this %" breakdown, its reports and the form its
 * owner reports on.
 */
@Controller
@PreAuthorize("@planPermissions.may('task.view')")
class PlanPageController {

    static final int PAGE_SIZE = 100;

    private final Plans plans;
    private final CampaignApi campaign;
    private final MessageSource messages;
    private final vn.chungsuc.plan.domain.TaskEditing editing;

    PlanPageController(Plans plans, CampaignApi campaign, MessageSource messages,
            vn.chungsuc.plan.domain.TaskEditing editing) {
        this.editing = editing;
        this.plans = plans;
        this.campaign = campaign;
        this.messages = messages;
    }

    /** The plan of the latest programme that has one (a programme just created has no tasks yet). */
    @GetMapping("/plan")
    String latest() {
        List<ProgrammeView> all = campaign.programmes();
        if (all.isEmpty()) {
            throw new NotFound("programme", "plan.programme.none");
        }
        ProgrammeView chosen = all.stream().filter(p -> plans.hasPlan(p.id())).findFirst().orElse(all.get(0));
        return "redirect:/plan/" + chosen.id();
    }

    @GetMapping("/plan/{programmeId}")
    String plan(@PathVariable long programmeId, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Plans.PlanView plan = plans.plan(programmeId, new Plans.Filter(body, null, year));
        String key = VietnameseText.searchKey(q.length() > 200 ? q.substring(0, 200) : q);
        List<Plans.Row> rows = key.isEmpty() ? plan.rows() : plan.rows().stream()
                .filter(r -> VietnameseText.searchKey(r.task().number() + " " + r.task().title() + " "
                        + (r.leadBodyName() == null ? "" : r.leadBodyName())).contains(key)).toList();
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.max(0, Math.min(page, pages - 1));
        model.addAttribute("plan", plan);
        model.addAttribute("mine", plan.rows().stream().filter(r -> r.mine() && !r.group())
                .sorted(Comparator.comparing((Plans.Row r) -> !r.status().overdue())).toList());
        model.addAttribute("rows", rows.subList(p * PAGE_SIZE, Math.min(rows.size(), (p + 1) * PAGE_SIZE)));
        model.addAttribute("found", rows.size());
        model.addAttribute("overdue", plan.rows().stream().filter(r -> !r.group() && r.status().overdue()).count());
        model.addAttribute("q", q);
        model.addAttribute("body", body);
        model.addAttribute("year", year);
        model.addAttribute("page", p);
        model.addAttribute("totalPages", pages);
        model.addAttribute("queryRest", "q=" + enc(q) + "&body=" + enc(body) + "&year=" + enc(year));
        model.addAttribute("roots", plan.rows().stream().filter(r -> r.task().parentId() == null).toList());
        model.addAttribute("formula", this);
        model.addAttribute("mayEdit", editing.mayEdit(plan.programme()));
        return "plan/plan";
    }

    @GetMapping("/plan/tasks/{taskId}")
    String task(@PathVariable long taskId, Model model) {
        Plans.TaskPage page = plans.task(taskId);
        model.addAttribute("t", page);
        model.addAttribute("states", TaskState.values());
        model.addAttribute("formula", this);
        model.addAttribute("mayEdit", editing.mayEdit(page.plan().programme()));
        return "plan/task";
    }

    @PostMapping("/plan/tasks/{taskId}/progress")
    String report(@PathVariable long taskId, @RequestParam(defaultValue = "") String period,
            @RequestParam(defaultValue = "") String percent, @RequestParam(defaultValue = "") String state,
            @RequestParam(defaultValue = "") String note, @RequestParam(required = false) List<MultipartFile> files,
            @RequestParam(defaultValue = "") String link, @RequestParam(defaultValue = "") String linkName,
            RedirectAttributes redirect) {
        List<Plans.Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (!f.isEmpty()) {
                    // a file over the bound is refused without being read into memory
                    uploads.add(new Plans.Upload(f.getOriginalFilename(), f.getContentType(), f.getSize(),
                            f.getSize() > plans.maxFileBytes() ? null : bytes(f)));
                }
            }
        }
        Locale locale = LocaleContextHolder.getLocale();
        try {
            plans.report(taskId, new Plans.Report(period, percent, state, note, uploads, link, linkName));
            redirect.addFlashAttribute("notice", messages.getMessage("plan.report.saved", null, locale));
        } catch (Refused refused) {
            if (refused instanceof NotFound) {
                throw refused;
            }
            redirect.addFlashAttribute("error", refused.text(messages, locale));
            redirect.addFlashAttribute("form", new Plans.Report(period, percent, state, note, List.of(), link,
                    linkName));
        }
        return "redirect:/plan/tasks/" + taskId;
    }

    @GetMapping("/plan/evidence/{id}")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        var file = plans.file(id).orElseThrow(() -> new NotFound("evidence", "plan.evidence.unknown", id));
        return Downloads.file(file.name(), file.contentType(), file.content());
    }

    /**
     * The roll-up as a sentence, each weight shown: "bình quân có trọng số: (1 × 100 % + 2 × 80 %) / 3 = 86,7 %".
     * Called from the templates.
     */
    public String explain(TaskStatus s) {
        Locale locale = LocaleContextHolder.getLocale();
        StringBuilder terms = new StringBuilder();
        for (TaskStatus.Part p : s.parts()) {
            if (!terms.isEmpty()) {
                terms.append(" + ");
            }
            terms.append(p.weight()).append(" \u00d7 ").append(percent(p.percent()));
        }
        return messages.getMessage("plan.formula.WEIGHTED_MEAN.applied",
                new Object[] {terms.toString(), s.totalWeight(), percent(s.percent())}, locale);
    }

    /** "86,7 %" in Vietnamese, "86.7 %" in English. */
    public String percent(double value) {
        Locale locale = LocaleContextHolder.getLocale();
        String text = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        return ("vi".equals(locale.getLanguage()) ? text.replace('.', ',') : text) + " %";
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
