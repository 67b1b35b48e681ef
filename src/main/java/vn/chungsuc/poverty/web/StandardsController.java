package vn.chungsuc.poverty.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.poverty.domain.RoundRefused;
import vn.chungsuc.poverty.domain.StandardEdits;
import vn.chungsuc.poverty.domain.Standards;

/**
 * The poverty standards in force by period, with their lines, indicators and legal bases; an administrator corrects
 * them when a legal text is confirmed.
 */
@Controller
class StandardsController {

    private final Standards standards;
    private final StandardEdits edits;
    private final PovertyWeb web;

    StandardsController(Standards standards, StandardEdits edits, PovertyWeb web) {
        this.standards = standards;
        this.edits = edits;
        this.web = web;
    }

    @GetMapping("/poverty/standards")
    String standards(Model model) {
        model.addAttribute("standards", standards.all());
        return "poverty/standards";
    }

    @PostMapping("/poverty/standards/{code}")
    @PreAuthorize("@povertyPermissions.may('standard.edit')")
    String lines(@PathVariable String code, @RequestParam(required = false) Long ruralAloneLine,
            @RequestParam(required = false) Long urbanAloneLine, @RequestParam long ruralUpperLine,
            @RequestParam long urbanUpperLine, @RequestParam int minDeprivations,
            @RequestParam(defaultValue = "false") boolean confirmed, @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        return act(code, redirect, () -> edits.lines(code, ruralAloneLine, urbanAloneLine, ruralUpperLine,
                urbanUpperLine, minDeprivations, confirmed, note.isBlank() ? null : note.strip()));
    }

    @PostMapping("/poverty/standards/{code}/indicators")
    @PreAuthorize("@povertyPermissions.may('standard.edit')")
    String indicator(@PathVariable String code, @RequestParam(defaultValue = "") String indicator,
            @RequestParam(defaultValue = "") String dimension, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String deprivedWhen, @RequestParam(defaultValue = "false") boolean confirmed,
            RedirectAttributes redirect) {
        return act(code, redirect, () -> edits.indicator(code, indicator.strip().toUpperCase(java.util.Locale.ROOT),
                dimension, name, deprivedWhen, confirmed));
    }

    private String act(String code, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", web.msg("poverty.standard.saved", code));
        } catch (RoundRefused e) {
            redirect.addFlashAttribute("error", web.msg(e.key(), e.args()));
        }
        return "redirect:/poverty/standards#standard-" + code;
    }
}
