package vn.chungsuc.territory.web;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.chungsuc.shared.web.VnFormat;
import vn.chungsuc.territory.GsoImport;
import vn.chungsuc.territory.ImportRejected;

/**
 * The administrator's import of a GSO catalogue file, in two steps: the file and the date it is valid from (asked
 * for, never assumed) are checked first and the page says what the import would add, change and leave alone; only
 * a confirmation writes, and it writes exactly the file and date that were checked (kept in the session meanwhile).
 * With htmx the file goes up in the background with its progress shown and the answers come back in place; without
 * scripts the forms post and the page comes back. ({@code /admin/**} is for administrators only.)
 */
@Controller
class ImportPageController {

    /** The checked file waiting for its confirmation; one per session, replaced by the next check. */
    record PendingImport(String token, String fileName, byte[] content, LocalDate validFrom) implements Serializable {
    }

    static final String PENDING = ImportPageController.class.getName() + ".pending";

    private final GsoImport catalogue;
    private final Messages messages;
    private final VnFormat fmt;

    ImportPageController(GsoImport catalogue, Messages messages, VnFormat fmt) {
        this.catalogue = catalogue;
        this.messages = messages;
        this.fmt = fmt;
    }

    @GetMapping("/admin/units/import")
    String form() {
        return "territory/import";
    }

    /** Step one: check the file against the date and show what the import would do; nothing is written. */
    @PostMapping("/admin/units/import")
    String check(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String validFrom,
            @RequestHeader(name = "HX-Request", required = false) String htmx, HttpSession session, Model model)
            throws IOException {
        List<String> errors = new ArrayList<>();
        LocalDate date = validFrom(validFrom, errors);
        model.addAttribute("validFrom", date != null ? vn.chungsuc.shared.time.Dates.show(date) : validFrom);
        if (file == null || file.isEmpty()) {
            errors.add(messages.get("territory.import.noFile"));
        }
        if (errors.isEmpty()) {
            byte[] content = file.getBytes();
            model.addAttribute("fileName", file.getOriginalFilename());
            try {
                model.addAttribute("result", catalogue.preview(new ByteArrayInputStream(content), date));
                PendingImport pending = new PendingImport(UUID.randomUUID().toString(), file.getOriginalFilename(),
                        content, date);
                session.setAttribute(PENDING, pending);
                model.addAttribute("token", pending.token());
                model.addAttribute("confirmAsk", messages.get("territory.import.confirmAsk",
                        file.getOriginalFilename(), fmt.date(date)));
            } catch (ImportRejected e) {
                errors.addAll(messages.describe(e.problems()));
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
        }
        return htmx != null ? "territory/import :: result" : "territory/import";
    }

    /** Step two: write the file that was checked, with the date it was checked against. */
    @PostMapping("/admin/units/import/confirm")
    String confirm(@RequestParam(required = false) String token,
            @RequestHeader(name = "HX-Request", required = false) String htmx, HttpSession session, Model model) {
        PendingImport pending = session.getAttribute(PENDING) instanceof PendingImport p ? p : null;
        if (pending == null || !pending.token().equals(token)) {
            model.addAttribute("errors", List.of(messages.get("territory.import.expired")));
        } else {
            session.removeAttribute(PENDING);
            model.addAttribute("fileName", pending.fileName());
            model.addAttribute("validFrom", vn.chungsuc.shared.time.Dates.show(pending.validFrom()));
            try {
                model.addAttribute("result",
                        catalogue.importFile(new ByteArrayInputStream(pending.content()), pending.validFrom()));
            } catch (ImportRejected e) {
                model.addAttribute("errors", messages.describe(e.problems()));
            }
        }
        return htmx != null ? "territory/import :: result" : "territory/import";
    }

    private LocalDate validFrom(String raw, List<String> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(messages.get("territory.import.validFromRequired"));
            return null;
        }
        return vn.chungsuc.shared.time.Dates.parse(raw).orElseGet(() -> {
            errors.add(messages.get("territory.import.validFromInvalid", raw));
            return null;
        });
    }
}
