package vn.chungsuc.plan.joint;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.time.Today;

/** Joint documents: the list, a document with both sides' approvals, the draft form and its edit. */
@Controller
@PreAuthorize("@planPermissions.may('joint.view')")
class JointDocumentController {

    private final JointDocuments documents;
    private final CampaignApi campaign;
    private final MessageSource messages;
    private final Today today;

    JointDocumentController(JointDocuments documents, CampaignApi campaign, MessageSource messages, Today today) {
        this.documents = documents;
        this.campaign = campaign;
        this.messages = messages;
        this.today = today;
    }

    @GetMapping("/plan/joint")
    String list(Model model) {
        model.addAttribute("documents", documents.documents());
        String unit = campaign.programmes().stream().findFirst().map(p -> p.unitCode()).orElse(null);
        model.addAttribute("mayDraft", unit != null && documents.mayDraft(unit, LocalDate.of(2020, 12, 31)));
        return "plan/joint-list";
    }

    @GetMapping("/plan/joint/{id}")
    String document(@PathVariable long id, Model model) {
        JointDocuments.Document d = documents.document(id);
        model.addAttribute("d", d);
        model.addAttribute("mayGovernment", documents.mayApprove(d, JointDocuments.Side.GOVERNMENT));
        model.addAttribute("mayFront", documents.mayApprove(d, JointDocuments.Side.FRONT));
        model.addAttribute("mayEdit", !d.fin() && documents.mayDraft(d.unitCode(), d.datedOn()));
        return "plan/joint";
    }

    @PostMapping("/plan/joint/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "") String side, RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            boolean fin = documents.approve(id, side);
            redirect.addFlashAttribute("notice", messages.getMessage(fin ? "plan.joint.approved.final"
                    : "plan.joint.approved", null, locale));
        } catch (Refused refused) {
            redirect.addFlashAttribute("errors", refused.reasons().stream().map(r -> r.text(messages, locale))
                    .toList());
        }
        return "redirect:/plan/joint/" + id;
    }

    @GetMapping("/plan/joint/new")
    String newDocument(Model model) {
        var p = campaign.programmes().stream().findFirst().orElseThrow();
        return form(model, null, new JointDocuments.Form("PLAN", "", "", p.unitCode(), today.date().toString(), "",
                "", "", ""), List.of());
    }

    @GetMapping("/plan/joint/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        JointDocuments.Document d = documents.document(id);
        if (d.fin()) {
            throw new Refused("document", "plan.joint.final", d.number());
        }
        return form(model, id, new JointDocuments.Form(d.kind().name(), d.number(), d.title(), d.unitCode(),
                d.datedOn().toString(), d.governmentName(), d.governmentSigner(), d.frontBody(), d.frontSigner()),
                List.of());
    }

    @PostMapping("/plan/joint")
    String draft(JointFormParams params, Model model, RedirectAttributes redirect) {
        try {
            long id = documents.draft(params.form());
            redirect.addFlashAttribute("notice", messages.getMessage("plan.joint.saved", null,
                    LocaleContextHolder.getLocale()));
            return "redirect:/plan/joint/" + id;
        } catch (Refused refused) {
            return form(model, null, params.form(), texts(refused));
        }
    }

    @PostMapping("/plan/joint/{id}")
    String update(@PathVariable long id, JointFormParams params, Model model, RedirectAttributes redirect) {
        try {
            documents.update(id, params.form());
            redirect.addFlashAttribute("notice", messages.getMessage("plan.joint.saved", null,
                    LocaleContextHolder.getLocale()));
            return "redirect:/plan/joint/" + id;
        } catch (Refused refused) {
            if ("document".equals(refused.field())) {
                throw refused;
            }
            return form(model, id, params.form(), texts(refused));
        }
    }

    record JointFormParams(String kind, String number, String title, String unit, String datedOn,
            String governmentName, String governmentSigner, String frontBody, String frontSigner) {

        JointDocuments.Form form() {
            return new JointDocuments.Form(kind, number, title, unit, datedOn, governmentName, governmentSigner,
                    frontBody, frontSigner);
        }
    }

    private String form(Model model, Long id, JointDocuments.Form f, List<String> errors) {
        LocalDate on = vn.chungsuc.shared.time.Dates.parse(f.datedOn() == null ? "" : f.datedOn())
                .orElse(today.date());
        model.addAttribute("id", id);
        model.addAttribute("f", f);
        model.addAttribute("kinds", JointDocuments.Kind.values());
        model.addAttribute("fronts", documents.frontBodies(f.unit() == null ? "" : f.unit(), on));
        model.addAttribute("errors", errors);
        return "plan/joint-form";
    }

    private List<String> texts(Refused refused) {
        Locale locale = LocaleContextHolder.getLocale();
        return refused.reasons().stream().map(r -> r.text(messages, locale)).toList();
    }
}
