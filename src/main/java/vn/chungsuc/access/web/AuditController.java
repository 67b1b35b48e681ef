package vn.chungsuc.access.web;

import java.time.LocalDate;
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

    /** One field of an audited record, before and after; {@code changed} marks what the write changed. */
    record FieldChange(String field, String label, String before, String after, boolean changed) {
    }

    /** An entry with its values laid out field by field for the screen. */
    record AuditRow(vn.chungsuc.shared.audit.AuditEntry entry, String actionLabel, String typeLabel,
            java.util.List<FieldChange> fields) {
    }

    private final AuditLog audit;
    private final tools.jackson.databind.json.JsonMapper json;
    private final org.springframework.context.MessageSource messages;

    AuditController(AuditLog audit, tools.jackson.databind.json.JsonMapper json,
            org.springframework.context.MessageSource messages) {
        this.audit = audit;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        AuditPage result = audit.search(new AuditQuery(actor, type, q, from, to, page, 30));
        model.addAttribute("result", result);
        model.addAttribute("rows", result.entries().stream().map(this::row).toList());
        model.addAttribute("types", audit.entityTypes().stream()
                .collect(java.util.stream.Collectors.toMap(t -> t, t -> label("access.audit.type." + t, t),
                        (a, b) -> a, java.util.LinkedHashMap::new)));
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

    private AuditRow row(vn.chungsuc.shared.audit.AuditEntry e) {
        java.util.Map<String, Object> before = fields(e.oldValue());
        java.util.Map<String, Object> after = fields(e.newValue());
        java.util.Set<String> names = new java.util.LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        java.util.List<FieldChange> out = new java.util.ArrayList<>();
        for (String name : names) {
            String b = show(before.get(name));
            String a = show(after.get(name));
            out.add(new FieldChange(name, label("access.audit.field." + name, name), b, a,
                    !java.util.Objects.equals(b, a)));
        }
        return new AuditRow(e, label("access.audit.action." + e.action(), e.action()),
                label("access.audit.type." + e.entityType(), e.entityType()), out);
    }

    /** A JSON object becomes its fields; any other JSON value is shown whole under the field "value". */
    @SuppressWarnings("unchecked")
    private java.util.Map<String, Object> fields(String value) {
        if (value == null) {
            return java.util.Map.of();
        }
        Object parsed = json.readValue(value, Object.class);
        if (parsed instanceof java.util.Map<?, ?> map) {
            return (java.util.Map<String, Object>) map;
        }
        return java.util.Map.of("value", parsed == null ? "" : parsed);
    }

    /** Values as an officer reads them: dd/MM/yyyy dates, Có/Không, lists joined by commas. */
    private String show(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof java.util.Collection<?> c) {
            return String.join(", ", c.stream().map(this::show).toList());
        }
        if (v instanceof Boolean b) {
            return label(b ? "common.yes" : "common.no", String.valueOf(b));
        }
        if (v instanceof java.util.Map<?, ?> m) {
            return m.entrySet().stream().map(en -> label("access.audit.field." + en.getKey(), String.valueOf(en.getKey()))
                    + ": " + show(en.getValue())).collect(java.util.stream.Collectors.joining("; "));
        }
        String text = String.valueOf(v);
        if (ISO_DATE.matcher(text).matches()) {
            return vn.chungsuc.shared.time.Dates.parse(text).map(fmt::date).orElse(text);
        }
        return text;
    }

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private final vn.chungsuc.shared.web.VnFormat fmt = new vn.chungsuc.shared.web.VnFormat();

    private String label(String key, String fallback) {
        return messages.getMessage(key, null, fallback,
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }
}
