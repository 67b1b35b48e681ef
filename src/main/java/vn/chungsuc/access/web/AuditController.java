package vn.chungsuc.access.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.audit.AuditPage;
import vn.chungsuc.shared.audit.AuditQuery;

/** The audit log for administrators, filtered by user, record type, text and dates. */
@Controller
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        AuditPage result = audit.search(new AuditQuery(actor, type, q, from, to, page, 30));
        model.addAttribute("result", result);
        model.addAttribute("types", audit.entityTypes());
        model.addAttribute("actor", actor);
        model.addAttribute("type", type);
        model.addAttribute("q", q);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("page", result.page());
        model.addAttribute("totalPages", result.totalPages());
        var rest = UriComponentsBuilder.newInstance();
        if (!actor.isBlank()) rest.queryParam("actor", actor);
        if (!type.isBlank()) rest.queryParam("type", type);
        if (!q.isBlank()) rest.queryParam("q", q);
        if (from != null) rest.queryParam("from", from);
        if (to != null) rest.queryParam("to", to);
        model.addAttribute("queryRest", rest.encode().build().getQuery());
        return "access/audit";
    }
}
