package vn.chungsuc.access.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.chungsuc.access.Role;
import vn.chungsuc.shared.permission.BodyDirectory;
import vn.chungsuc.shared.permission.BodyRef;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.access.domain.UserAccount;
import vn.chungsuc.access.domain.UserAdministration;
import vn.chungsuc.access.domain.UserForm;
import vn.chungsuc.access.domain.UserStore;
import vn.chungsuc.shared.scope.UnitDirectory;

/** Administrators' screens for users: list with search, create, edit, enable/disable, unlock. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private static final int PAGE_SIZE = 20;

    private final UserStore users;
    private final UserAdministration admin;
    private final UnitDirectory units;
    private final MessageSource messages;
    private final BodyDirectory bodies;
    private final Today today;

    UserAdminController(UserStore users, UserAdministration admin, UnitDirectory units, MessageSource messages,
            BodyDirectory bodies, Today today) {
        this.bodies = bodies;
        this.today = today;
        this.users = users;
        this.admin = admin;
        this.units = units;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("roles", Role.values());
        List<BodyRef> valid = bodies.all();
        model.addAttribute("bodies", valid);
        model.addAttribute("today", today.date());
        java.util.Map<String, String> names = new java.util.HashMap<>();
        valid.forEach(b -> names.put(b.code(), b.name()));
        model.addAttribute("bodyNames", names);
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        long total = users.count(q);
        int pages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(0, Math.min(page, Math.max(pages - 1, 0)));
        List<UserAccount> found = users.page(q, current, PAGE_SIZE);
        model.addAttribute("users", found);
        model.addAttribute("unitNames", unitNames(found));
        model.addAttribute("q", q);
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("totalPages", pages);
        model.addAttribute("queryRest", q.isBlank() ? null
                : UriComponentsBuilder.newInstance().queryParam("q", q).encode().build().getQuery());
        return "access/users";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("userForm", UserForm.empty());
        model.addAttribute("userId", null);
        return "access/user-form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        requireForm(form, errors);
        admin.check(form, null).forEach(v -> errors.rejectValue(v.field(), v.messageKey(), v.args(), null));
        if (errors.hasErrors()) {
            model.addAttribute("userId", null);
            return "access/user-form";
        }
        admin.create(form);
        redirect.addFlashAttribute("flash", msg("access.user.created", form.username().trim().toLowerCase()));
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        UserAccount u = users.findById(id).orElseThrow(() -> new UserAdministration.UserNotFoundException(id));
        model.addAttribute("userForm", UserForm.of(u));
        model.addAttribute("userId", id);
        model.addAttribute("account", u);
        return "access/user-form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("userForm") UserForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        requireForm(form, errors);
        UserAccount u = users.findById(id).orElseThrow(() -> new UserAdministration.UserNotFoundException(id));
        admin.check(form, id).forEach(v -> errors.rejectValue(v.field(), v.messageKey(), v.args(), null));
        if (errors.hasErrors()) {
            model.addAttribute("userId", id);
            model.addAttribute("account", u);
            return "access/user-form";
        }
        admin.update(id, form);
        redirect.addFlashAttribute("flash", msg("access.user.updated", u.username()));
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam(name = "enabled", required = false) String value,
            RedirectAttributes redirect) {
        // only the two buttons' values: a blank or other value is no choice (it used to answer 500), nothing changes
        if (!"true".equals(value) && !"false".equals(value)) {
            throw new vn.chungsuc.shared.problem.Refused("enabled", "access.user.enabled.invalid");
        }
        boolean enabled = Boolean.parseBoolean(value);
        String refusal = enabled ? null : admin.whyNotDisable(id);
        if (refusal != null) {
            redirect.addFlashAttribute("flashError", msg(refusal));
            return "redirect:/admin/users/" + id;
        }
        admin.setEnabled(id, enabled);
        redirect.addFlashAttribute("flash", msg(enabled ? "access.user.enabledDone" : "access.user.disabledDone"));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        admin.unlock(id);
        redirect.addFlashAttribute("flash", msg("access.user.unlocked"));
        return "redirect:/admin/users/" + id;
    }

    /**
     * A value no form of ours can send (an unknown role, "abc" for the checkbox) leaves no form to show again: answer
     * 400 naming the field, nothing saved (it used to answer 500 while drawing the form of nothing).
     */
    private static void requireForm(UserForm form, BindingResult errors) {
        for (org.springframework.validation.FieldError e : errors.getFieldErrors()) {
            if (e.isBindingFailure()) {
                throw new vn.chungsuc.shared.problem.Refused(e.getField(), "access.user.field.invalid",
                        e.getField());
            }
        }
        if (form == null) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST);
        }
    }

    private Map<String, String> unitNames(List<UserAccount> found) {
        Map<String, String> names = new TreeMap<>();
        for (UserAccount u : found) {
            for (String code : u.manageCodes()) {
                names.computeIfAbsent(code, c -> units.latestDisplayName(c).orElse(c));
            }
            for (String code : u.viewCodes()) {
                names.computeIfAbsent(code, c -> units.latestDisplayName(c).orElse(c));
            }
        }
        return names;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
