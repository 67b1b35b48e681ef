package vn.chungsuc.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: what the system is, and the functions the user may open (the same entries as the menu). */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
