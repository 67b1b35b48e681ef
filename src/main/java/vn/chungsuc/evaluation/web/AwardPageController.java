package vn.chungsuc.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.evaluation.AwardForm;
import vn.chungsuc.evaluation.EvaluationPermissions;
import vn.chungsuc.evaluation.RecipientKind;
import vn.chungsuc.evaluation.domain.Awards;
import vn.chungsuc.shared.documents.XlsxTable;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * The awards register's pages: the list (paged, searchable without diacritics, filtered by form, period, issuer and
 * recipient kind), the record form (a repeated achievement is refused in the form, naming the earlier decision), an
 * award's page and the Excel export of the list.
 */
@Controller
@PreAuthorize("@evaluationPermissions.may('award.view')")
class AwardPageController {

    static final int PAGE_SIZE = 30;
    static final int EXPORT_MAX = 10_000;

    private final Awards awards;
    private final TerritoryApi territory;
    private final EvaluationPermissions permissions;
    private final MessageSource messages;
    private final Today today;

    AwardPageController(Awards awards, TerritoryApi territory, EvaluationPermissions permissions,
            MessageSource messages, Today today) {
        this.awards = awards;
        this.territory = territory;
        this.permissions = permissions;
        this.messages = messages;
        this.today = today;
    }

    @GetMapping("/awards")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String form,
            @RequestParam(defaultValue = "") String period, @RequestParam(defaultValue = "") String issuer,
            @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "0") int page, Model model) {
        Awards.Filter f = new Awards.Filter(q, form, period, issuer, kind);
        Awards.Found first = awards.search(f, page, PAGE_SIZE);
        int pages = (int) Math.max(1, (first.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.max(0, Math.min(page, pages - 1));
        Awards.Found found = p == page ? first : awards.search(f, p, PAGE_SIZE);
        model.addAttribute("awards", found.awards());
        model.addAttribute("found", found.total());
        model.addAttribute("page", p);
        model.addAttribute("totalPages", pages);
        model.addAttribute("filter", f);
        model.addAttribute("forms", AwardForm.values());
        model.addAttribute("kinds", RecipientKind.values());
        model.addAttribute("periods", awards.periods());
        model.addAttribute("issuers", names(awards.issuers()));
        model.addAttribute("names", names(found.awards().stream().map(Awards.Award::issuerUnit).toList()));
        model.addAttribute("mayRecord", permissions.may("award.record"));
        model.addAttribute("queryRest", "q=" + enc(q) + "&form=" + enc(form) + "&period=" + enc(period)
                + "&issuer=" + enc(issuer) + "&kind=" + enc(kind));
        return "evaluation/awards";
    }

    @GetMapping("/awards/export")
    void export(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String form,
            @RequestParam(defaultValue = "") String period, @RequestParam(defaultValue = "") String issuer,
            @RequestParam(defaultValue = "") String kind, HttpServletResponse response) throws IOException {
        Awards.Found found = awards.search(new Awards.Filter(q, form, period, issuer, kind), 0, EXPORT_MAX);
        Map<String, String> names = names(found.awards().stream().map(Awards.Award::issuerUnit).toList());
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("so-khen-thuong-" + today.date() + ".xlsx", StandardCharsets.UTF_8).build().toString());
        Locale locale = LocaleContextHolder.getLocale();
        try (XlsxTable x = new XlsxTable(messages, locale)) {
            XlsxTable.Sheet sheet = x.sheet("evaluation.awards.title").title(x.msg("evaluation.awards.title"))
                    .line(x.msg("evaluation.awards.export.line", found.total(), today.date()))
                    .columns(XlsxTable.Column.of("evaluation.awards.col.decision", 18),
                            XlsxTable.Column.of("evaluation.awards.col.date", 12),
                            XlsxTable.Column.of("evaluation.awards.col.form", 16),
                            XlsxTable.Column.of("evaluation.awards.col.issuer", 26),
                            XlsxTable.Column.of("evaluation.awards.col.recipient", 32),
                            XlsxTable.Column.of("evaluation.awards.col.kind", 14),
                            XlsxTable.Column.of("evaluation.awards.col.achievement", 60),
                            XlsxTable.Column.of("evaluation.awards.col.period", 12));
            for (Awards.Award a : found.awards()) {
                sheet.row(a.decisionNumber(), a.decisionDate(), x.msg("evaluation.award.form." + a.form().name()),
                        names.getOrDefault(a.issuerUnit(), a.issuerUnit()), recipient(a),
                        x.msg("evaluation.award.kind." + a.recipientKind().name()), a.achievement(), a.period());
            }
            x.write(response.getOutputStream());
        }
    }

    @GetMapping("/awards/{id}")
    String show(@PathVariable long id, Model model) {
        Awards.Award a = awards.find(id).orElseThrow(() -> new Refused("award", "evaluation.award.unknown", id));
        model.addAttribute("a", a);
        model.addAttribute("issuerName", names(List.of(a.issuerUnit())).get(a.issuerUnit()));
        return "evaluation/award";
    }

    @GetMapping("/awards/new")
    @PreAuthorize("@evaluationPermissions.may('award.record')")
    String newForm(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return formPage(model);
    }

    @PostMapping("/awards")
    @PreAuthorize("@evaluationPermissions.may('award.record')")
    String record(@RequestParam Map<String, String> params, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            long id = awards.record(new Awards.NewAward(params.get("form"), params.get("issuerUnit"),
                    params.get("decisionNumber"), params.get("decisionDate"), params.get("achievement"),
                    params.get("period"), params.get("recipientKind"), params.get("recipientId"),
                    params.get("recipientName")));
            redirect.addFlashAttribute("notice", messages.getMessage("evaluation.award.saved", null,
                    LocaleContextHolder.getLocale()));
            return "redirect:/awards/" + id;
        } catch (Refused refused) {
            Locale locale = LocaleContextHolder.getLocale();
            Map<String, String> errors = new LinkedHashMap<>();
            for (Refused.Reason r : refused.reasons()) {
                errors.merge(r.field() == null ? "" : r.field(), r.text(messages, locale), (x, y) -> x + " " + y);
            }
            response.setStatus(refused.status());
            model.addAttribute("error", refused.text(messages, locale));
            model.addAttribute("errors", errors);
            model.addAttribute("form", new HashMap<>(params));
            return formPage(model);
        }
    }

    private String formPage(Model model) {
        model.addAttribute("forms", AwardForm.values());
        model.addAttribute("kinds", RecipientKind.values());
        UnitScope scope = permissions.scope();
        List<String> roots = new ArrayList<>(scope.manageRoots());
        model.addAttribute("issuerChoices", names(roots));
        return "evaluation/award-form";
    }

    /** Each unit code with its name (as it last was). */
    private Map<String, String> names(List<String> codes) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String c : codes) {
            out.computeIfAbsent(c, k -> territory.find(k, today.date(), UnitScope.ALL)
                    .or(() -> territory.versions(k, UnitScope.ALL).stream().reduce((x, y) -> y))
                    .map(UnitView::fullName).orElse(k));
        }
        return out;
    }

    static String recipient(Awards.Award a) {
        return a.recipientName() != null ? a.recipientName() : a.recipientId();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
