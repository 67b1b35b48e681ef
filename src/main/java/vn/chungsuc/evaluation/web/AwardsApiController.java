package vn.chungsuc.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.chungsuc.evaluation.domain.Awards;
import vn.chungsuc.shared.problem.Refused;

/** The awards register for other systems: record an award, read one. */
@RestController
@Tag(name = "Awards", description = "Sổ khen thưởng")
class AwardsApiController {

    private final Awards awards;

    AwardsApiController(Awards awards) {
        this.awards = awards;
    }

    /**
     * @param form GIAY_KHEN, BANG_KHEN, CO_THI_DUA or DANH_HIEU
     * @param issuerUnit the unit whose chair or Front committee issues it
     * @param decisionDate yyyy-mm-dd (or dd/mm/yyyy)
     * @param period "2019", "2019-H1" or "2017-2019"
     */
    record AwardRequest(String form, String issuerUnit, String decisionNumber, String decisionDate,
            String achievement, String period, Recipient recipient) {
    }

    /** @param kind PERSON, COLLECTIVE, HOUSEHOLD or ORGANISATION; a collective or a typed-in name needs no id */
    record Recipient(String kind, String id, String name) {
    }

    record Created(long id) {
    }

    @PostMapping("/api/v1/awards")
    @PreAuthorize("@evaluationPermissions.may('award.record')")
    @Operation(summary = "Records an award; a repeated achievement is refused with 409, naming the earlier award")
    ResponseEntity<Created> record(@RequestBody AwardRequest r) {
        if (r == null) {
            throw new Refused(null, "evaluation.award.required");
        }
        Recipient who = r.recipient() == null ? new Recipient(null, null, null) : r.recipient();
        long id = awards.record(new Awards.NewAward(r.form(), r.issuerUnit(), r.decisionNumber(), r.decisionDate(),
                r.achievement(), r.period(), who.kind(), who.id(), who.name()));
        return ResponseEntity.created(URI.create("/api/v1/awards/" + id)).body(new Created(id));
    }

    record AwardResult(long id, String form, String issuerUnit, String decisionNumber, LocalDate decisionDate,
            String achievement, String period, Recipient recipient) {
    }

    @GetMapping("/api/v1/awards/{id}")
    @PreAuthorize("@evaluationPermissions.may('award.view')")
    @Operation(summary = "One award of the register")
    ResponseEntity<AwardResult> award(@PathVariable long id) {
        return awards.find(id).map(a -> ResponseEntity.ok(new AwardResult(a.id(), a.form().name(), a.issuerUnit(),
                        a.decisionNumber(), a.decisionDate(), a.achievement(), a.period(),
                        new Recipient(a.recipientKind().name(), a.recipientId(), a.recipientName()))))
                .orElse(ResponseEntity.notFound().build());
    }
}
