package vn.chungsuc.access.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.access.domain.ApiTokens;
import vn.chungsuc.shared.problem.Refused;

/**
 * API tokens for integrations: the administrator's page {@code /admin/tokens} (list, issue, revoke after a
 * confirmation; the API is {@link ApiTokenApiController}). The secret is shown once, in the answer to the issue,
 * and never again.
 */
@Controller
@PreAuthorize("@accessPermissions.may('token.manage')")
class ApiTokenController {

    private static final int PAGE_SIZE = 20;
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ApiTokens tokens;
    private final MessageSource messages;
    private final Clock clock;

    ApiTokenController(ApiTokens tokens, MessageSource messages, Clock clock) {
        this.tokens = tokens;
        this.messages = messages;
        this.clock = clock;
    }

    /** A line of the list, with its times as the user reads them. */
    record Row(ApiTokens.Token token, String created, String expires, String lastUsed, String revoked,
            boolean active) {
    }

    @GetMapping("/admin/tokens")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        fill(model, page);
        model.addAttribute("form", Map.of("username", "", "name", "", "days", "90"));
        return "access/tokens";
    }

    @PostMapping("/admin/tokens")
    String issue(@RequestParam(required = false) String username, @RequestParam(required = false) String name,
            @RequestParam(required = false) String days, Model model) {
        try {
            ApiTokens.Issued issued = tokens.issue(username, name, parseDays(days));
            model.addAttribute("issued", issued);
            model.addAttribute("issuedExpires", show(issued.token().expiresAt()));
            model.addAttribute("form", Map.of("username", "", "name", "", "days", "90"));
        } catch (Refused refused) {
            model.addAttribute("errors", refused.reasons().stream()
                    .map(r -> r.text(messages, LocaleContextHolder.getLocale())).toList());
            model.addAttribute("form", Map.of("username", username == null ? "" : username,
                    "name", name == null ? "" : name, "days", days == null ? "" : days));
        }
        fill(model, 0);
        return "access/tokens";
    }

    @GetMapping("/admin/tokens/{id}/revoke")
    String confirmRevoke(@PathVariable long id, Model model) {
        ApiTokens.Token t = tokens.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("row", row(t));
        return "access/token-revoke";
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        if (!tokens.revoke(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("access.token.revoked", null,
                LocaleContextHolder.getLocale()));
        return "redirect:/admin/tokens";
    }

    private void fill(Model model, int page) {
        long total = tokens.count();
        int pages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(0, Math.min(page, Math.max(pages - 1, 0)));
        List<Row> rows = tokens.page(current, PAGE_SIZE).stream().map(this::row).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("totalPages", pages);
        model.addAttribute("queryRest", null);
        model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
    }

    private Row row(ApiTokens.Token t) {
        return new Row(t, show(t.createdAt()), show(t.expiresAt()), show(t.lastUsedAt()), show(t.revokedAt()),
                t.active(Instant.now(clock)));
    }

    private static String show(Instant i) {
        return i == null ? null : SHOWN.format(i.atZone(ZONE));
    }

    private static Integer parseDays(String days) {
        if (days == null || !days.strip().matches("\\d{1,4}")) {
            return null; // refused by the service with the bound in the message
        }
        return Integer.valueOf(days.strip());
    }
}
