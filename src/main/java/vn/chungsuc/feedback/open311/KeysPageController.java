package vn.chungsuc.feedback.open311;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chungsuc.feedback.FeedbackPermissions;
import vn.chungsuc.shared.problem.Refused;

/**
 * The administrator's page of Open311 keys: each with its name, when it was issued and last used, its rate limit
 * (editable) and a revoke button that asks first. A new key is shown once, on the page that issued it (never in a
 * URL), since only its hash is kept.
 */
@Controller
@PreAuthorize("@feedbackPermissions.may('open311.keys')")
class KeysPageController {

    private final ApiKeys keys;
    private final FeedbackPermissions permissions;
    private final MessageSource messages;

    KeysPageController(ApiKeys keys, FeedbackPermissions permissions, MessageSource messages) {
        this.keys = keys;
        this.permissions = permissions;
        this.messages = messages;
    }

    @GetMapping("/admin/open311/keys")
    String list(@RequestParam(required = false) String done, Model model) {
        model.addAttribute("keys", keys.list());
        model.addAttribute("done", "revoked".equals(done) || "limit".equals(done) ? done : null);
        return "feedback/open311-keys";
    }

    @PostMapping("/admin/open311/keys")
    String issue(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String perMinute,
            Model model, HttpServletResponse response) {
        try {
            Integer limit = perMinute.isBlank() ? null : parse(perMinute);
            ApiKeys.Issued issued = keys.issue(name, limit, permissions.username());
            model.addAttribute("issued", issued);
        } catch (Refused e) {
            response.setStatus(400);
            model.addAttribute("error", e.text(messages, LocaleContextHolder.getLocale()));
            model.addAttribute("name", name);
        }
        return list(null, model);
    }

    private static int parse(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new Refused("perMinute", "feedback.open311.refused.perMinute", 1, 100_000);
        }
    }

    @PostMapping("/admin/open311/keys/{id}/revoke")
    String revoke(@PathVariable long id, Model model, HttpServletResponse response) {
        if (!keys.revoke(id, permissions.username())) {
            response.setStatus(404);
            model.addAttribute("error", messages.getMessage("feedback.open311.refused.noKey", null,
                    LocaleContextHolder.getLocale()));
            return list(null, model);
        }
        return "redirect:/admin/open311/keys?done=revoked";
    }

    @PostMapping("/admin/open311/keys/{id}/limit")
    String limit(@PathVariable long id, @RequestParam(defaultValue = "") String perMinute, Model model,
            HttpServletResponse response) {
        try {
            keys.setLimit(id, perMinute);
        } catch (Refused e) {
            response.setStatus(400);
            model.addAttribute("error", e.text(messages, LocaleContextHolder.getLocale()));
            return list(null, model);
        }
        return "redirect:/admin/open311/keys?done=limit";
    }
}
