package vn.chungsuc.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chungsuc.shared.startup.StartupProgress;

/**
 * The login page. While the start is still loading the demo (or recounting), it says so, with the step, and polls
 * {@code /login/progress} (htmx) until the application is ready: only then do the demo logins work.
 */
@Controller
class LoginController {

    private final StartupProgress progress;

    LoginController(StartupProgress progress) {
        this.progress = progress;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("error", error);
        addProgress(model);
        model.addAttribute("polled", false);
        return "access/login";
    }

    @GetMapping("/login/progress")
    String progress(Model model) {
        addProgress(model);
        model.addAttribute("polled", true);
        return "access/login :: progress";
    }

    private void addProgress(Model model) {
        model.addAttribute("ready", progress.ready());
        model.addAttribute("step", progress.current());
    }
}
