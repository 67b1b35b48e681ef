package vn.chungsuc.recognition.web;

import org.springframework.security.access.prepost.PreAuthorize;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.chungsuc.recognition.DecisionView;
import vn.chungsuc.recognition.NewDecision;
import vn.chungsuc.recognition.RecognitionApi;
import vn.chungsuc.shared.scope.CurrentUnitScope;

/**
 * Recognition decisions for integrators (and the benchmark that times a decision reaching the dashboard). A POST
 * records a decision and its list in one transaction; the indicators' figures follow within a second.
 */
@RestController
@RequestMapping("/api/v1/recognition/decisions")
@Tag(name = "Recognition decisions", description = "Quyết định công nhận danh hiệu (Gia đình văn hóa, khu dân cư văn "
        + "hóa, cơ quan đạt chuẩn văn hóa, xã nông thôn mới, phường văn minh đô thị…)")
class DecisionsApiController {

    private final RecognitionApi api;
    private final CurrentUnitScope scope;

    DecisionsApiController(RecognitionApi api, CurrentUnitScope scope) {
        this.api = api;
        this.scope = scope;
    }

    /**
     * A decision to record.
     *
     * @param titleKind CULTURAL_FAMILY, CULTURAL_AREA, CULTURAL_AGENCY, NEW_RURAL_COMMUNE, CIVILISED_WARD…
     * @param year the year of the title
     * @param unit territory code of the deciding unit (a commune for families, a district for areas until 30/6/2025)
     * @param date the date of signature (yyyy-MM-dd)
     * @param subjectIds household codes, area codes, commune codes or organisation codes
     * @param subjects for organisations and persons: their name and commune (optional for the others)
     */
    record DecisionRequest(String titleKind, Integer year, String unit, String number, LocalDate date, String signer,
            List<String> subjectIds, List<NewDecision.Subject> subjects) {
    }

    @PostMapping
    @PreAuthorize("@recognitionPermissions.may('decision.issue')")
    @Operation(summary = "Record a recognition decision and publish its awards",
            description = "400 with the shared ProblemDetail shape when the input is wrong or a subject is not "
                    + "eligible (`errors: [{field, message}]` in the request's language, `field` the first field at "
                    + "fault); nothing is recorded then.")
    ResponseEntity<DecisionView> create(@RequestBody DecisionRequest r) {
        List<NewDecision.Subject> subjects = new java.util.ArrayList<>();
        if (r.subjectIds() != null) {
            r.subjectIds().forEach(id -> subjects.add(new NewDecision.Subject(id, null, null)));
        }
        if (r.subjects() != null) {
            subjects.addAll(r.subjects());
        }
        DecisionView d = api.decide(new NewDecision(r.titleKind(), r.year(), r.unit(), r.number(), r.date(),
                r.signer(), subjects), scope.current());
        return ResponseEntity.created(URI.create("/api/v1/recognition/decisions/" + d.id())).body(d);
    }

    @GetMapping
    @Operation(summary = "Decisions in the caller's scope, newest first (without their lists)")
    List<DecisionView> list(@RequestParam(required = false) String titleKind,
            @RequestParam(required = false) Integer year) {
        return api.decisions(titleKind, year, scope.current(), 500);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A decision with its list of recognised subjects")
    DecisionView get(@PathVariable long id) {
        return api.decision(id, scope.current()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
