package vn.chungsuc.poverty.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.chungsuc.poverty.domain.Standards;

/** The poverty standards in force by period, with their lines, indicators and legal bases. */
@Controller
class StandardsController {

    private final Standards standards;

    StandardsController(Standards standards) {
        this.standards = standards;
    }

    @GetMapping("/poverty/standards")
    String standards(Model model) {
        model.addAttribute("standards", standards.all());
        return "poverty/standards";
    }
}
