package vn.chungsuc.registry.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.registry.domain.Duplicates;
import vn.chungsuc.registry.domain.HouseholdCommands;

/** Likely duplicates of the user's communes, to merge or dismiss. */
@Controller
@RequestMapping("/registry/duplicates")
class DuplicateController {

    private final Duplicates duplicates;
    private final WebSupport web;

    DuplicateController(Duplicates duplicates, WebSupport web) {
        this.duplicates = duplicates;
        this.web = web;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("section", "duplicates");
        model.addAttribute("pairs", duplicates.list(web.scope(), web.today()));
        model.addAttribute("limit", Duplicates.LIMIT);
        model.addAttribute("duplicates", duplicates);
        model.addAttribute("date", web.today());
        return "registry/duplicates";
    }

    @PostMapping("/merge")
    String merge(@RequestParam long keep, @RequestParam long drop, RedirectAttributes redirect) {
        try {
            duplicates.merge(keep, drop, web.scope());
            redirect.addFlashAttribute("flash", web.msg("registry.duplicate.merged"));
        } catch (HouseholdCommands.Refused refused) {
            redirect.addFlashAttribute("flashError", web.text(refused.violations().get(0).problem()));
        }
        return "redirect:/registry/duplicates";
    }

    @PostMapping("/dismiss")
    String dismiss(@RequestParam long a, @RequestParam long b, RedirectAttributes redirect) {
        duplicates.dismiss(a, b, web.scope());
        redirect.addFlashAttribute("flash", web.msg("registry.duplicate.dismissed"));
        return "redirect:/registry/duplicates";
    }
}
