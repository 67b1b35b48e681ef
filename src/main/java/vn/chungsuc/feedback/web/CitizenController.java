package vn.chungsuc.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import vn.chungsuc.feedback.domain.AbuseGuard;
import vn.chungsuc.feedback.domain.Reports;
import vn.chungsuc.feedback.domain.Rules;
import vn.chungsuc.shared.problem.Refused;

/**
 * The citizen's side, without an account: the report form (categories, the place from the unit tree, an address,
 * an optional position, up to five photos, name and phone or anonymous, a proof of work the browser computes), the
 * receipt with the tracking code, and the tracking page where the reporter accepts the answer or reopens the
 * report. A complaint or a denunciation is told its procedure and not stored.
 */
@Controller
class CitizenController {

    private final Reports reports;
    private final Rules rules;
    private final AbuseGuard guard;
    private final MessageSource messages;

    CitizenController(Reports reports, Rules rules, AbuseGuard guard, MessageSource messages) {
        this.reports = reports;
        this.rules = rules;
        this.guard = guard;
        this.messages = messages;
    }

    @GetMapping("/public/reports/new")
    String form(Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return form(model, Map.of(), List.of());
    }

    private String form(Model model, Map<String, String> values, List<String> errors) {
        model.addAttribute("categories", rules.categories().stream().filter(c -> c.active()).toList());
        model.addAttribute("places", reports.places());
        model.addAttribute("challenge", guard.challenge());
        model.addAttribute("bits", guard.difficulty());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("maxPhotos", Reports.MAX_PHOTOS);
        model.addAttribute("maxMb", reports.maxPhotoBytes() / 1048576);
        return "feedback/new";
    }

    @PostMapping("/public/reports/new")
    String submit(@RequestParam Map<String, String> params,
            @RequestParam(required = false) List<MultipartFile> photos, HttpServletRequest request, Model model,
            HttpServletResponse response) throws IOException {
        List<Reports.Upload> uploads = new ArrayList<>();
        if (photos != null) {
            for (MultipartFile f : photos) {
                if (!f.isEmpty()) {
                    uploads.add(new Reports.Upload(f.getSize(),
                            f.getSize() > reports.maxPhotoBytes() ? null : f.getBytes()));
                }
            }
        }
        Reports.Submission s = new Reports.Submission(params.get("category"), params.get("place"),
                params.get("address"), params.get("lat"), params.get("lon"), params.get("description"),
                params.get("name"), params.get("phone"), "on".equals(params.get("anonymous"))
                        || "true".equals(params.get("anonymous")), params.get("website"), params.get("challenge"),
                params.get("nonce"), uploads, request.getRemoteAddr());
        Locale locale = LocaleContextHolder.getLocale();
        try {
            Reports.Receipt receipt = reports.submit(s);
            model.addAttribute("receipt", receipt);
            return "feedback/receipt";
        } catch (Reports.Flooded e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, "3600");
            return form(model, safe(params), List.of(messages.getMessage(e.key(), null, e.key(), locale)));
        } catch (Refused e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            List<String> errors = e.reasons().stream().map(r -> r.text(messages, locale)).toList();
            return form(model, safe(params), errors);
        }
    }

    /** What the form shows again: what the citizen typed, never the spent challenge. */
    private static Map<String, String> safe(Map<String, String> params) {
        Map<String, String> out = new java.util.HashMap<>(params);
        out.remove("challenge");
        out.remove("nonce");
        out.remove("website");
        return out;
    }

    @GetMapping("/public/reports/track")
    String lookup(@RequestParam(required = false) String code) {
        if (code == null || code.isBlank() || code.length() > 20) {
            return "feedback/lookup";
        }
        return "redirect:/public/reports/track/" + code.strip().toUpperCase(Locale.ROOT);
    }

    @GetMapping("/public/reports/track/{code}")
    String track(@PathVariable String code, @RequestParam(required = false) String done, Model model,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        Reports.View v = reports.reporterView(code).orElseThrow(Reports.NotFound::new);
        model.addAttribute("v", v);
        model.addAttribute("code", code);
        model.addAttribute("done", "accepted".equals(done) || "reopened".equals(done) ? done : null);
        return "feedback/track";
    }

    @PostMapping("/public/reports/track/{code}")
    String reply(@PathVariable String code, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String rating, @RequestParam(defaultValue = "") String reason,
            Model model, HttpServletResponse response) {
        boolean accept = "accept".equals(decision);
        try {
            reports.reply(code, accept, rating, reason);
        } catch (Refused e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.reasons().get(0).text(messages, LocaleContextHolder.getLocale()));
            return track(code, null, model, response);
        }
        return "redirect:/public/reports/track/" + code + "?done=" + (accept ? "accepted" : "reopened");
    }

    @GetMapping("/public/reports/photos/{id}")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        return reports.photo(id).map(b -> ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic()).body(b))
                .orElseThrow(Reports.NotFound::new);
    }

    @ExceptionHandler(Reports.NotFound.class)
    ModelAndView notFound(HttpServletResponse response) {
        response.setStatus(404);
        return new ModelAndView("portal/error", Map.of("status", 404));
    }
}
