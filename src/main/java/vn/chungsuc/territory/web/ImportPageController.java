package vn.chungsuc.territory.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.chungsuc.territory.GsoImport;
import vn.chungsuc.territory.ImportRejected;

/**
 * The administrator's import of a GSO catalogue file. With htmx the file goes up in the background, the page shows
 * the upload's progress and then the result in place; without scripts the form posts and the page comes back with
 * the result. ({@code /admin/**} is for administrators only.)
 */
@Controller
class ImportPageController {

    private final GsoImport catalogue;
    private final Messages messages;

    ImportPageController(GsoImport catalogue, Messages messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/admin/units/import")
    String form(Model model) {
        model.addAttribute("validFrom", Today.orElse(null));
        return "territory/import";
    }

    @PostMapping("/admin/units/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) throws IOException {
        LocalDate date = Today.orElse(validFrom);
        model.addAttribute("validFrom", date);
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", List.of(messages.get("territory.import.noFile")));
        } else {
            model.addAttribute("fileName", file.getOriginalFilename());
            try (InputStream in = file.getInputStream()) {
                model.addAttribute("result", catalogue.importFile(in, date));
            } catch (ImportRejected e) {
                model.addAttribute("errors", messages.describe(e.problems()));
            }
        }
        return htmx != null ? "territory/import :: result" : "territory/import";
    }
}
