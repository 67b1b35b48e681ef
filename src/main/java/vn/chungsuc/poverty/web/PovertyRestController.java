package vn.chungsuc.poverty.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chungsuc.poverty.PovertyClass;
import vn.chungsuc.poverty.domain.Decision;
import vn.chungsuc.poverty.domain.SetClassifier;
import vn.chungsuc.poverty.domain.Standard;
import vn.chungsuc.poverty.domain.Standards;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.text.Texts;

/** The poverty API for integrators and checks: classify one household; reclassify a whole year. */
@RestController
@RequestMapping("/api/v1/poverty")
@Tag(name = "Poverty", description = "Chuẩn nghèo, phân loại hộ nghèo, hộ cận nghèo")
class PovertyRestController {

    private final Standards standards;
    private final Texts texts;
    private final Classify classify;
    private final SetClassifier classifier;
    private final AuditLog audit;

    PovertyRestController(Standards standards, Classify classify, SetClassifier classifier, AuditLog audit,
            Texts texts) {
        this.texts = texts;
        this.standards = standards;
        this.classify = classify;
        this.classifier = classifier;
        this.audit = audit;
    }

    /** Income form (monthlyIncomePerPerson + deprivations) or score form (scoreA + scoreB). */
    record ClassifyRequest(String standard, String area, Long monthlyIncomePerPerson, List<String> deprivations,
            Integer scoreA, Integer scoreB) {
    }

    record ClassifyResponse(PovertyClass result, List<String> reasons, String legalBasis, String rule,
            String standard, int deprivationCount) {
    }

    record ReclassifyRequest(Integer year, String standard) {
    }

    record ReclassifyResponse(int year, String standard, long households, long millis,
            Map<PovertyClass, Long> byResult) {
    }

    @PostMapping("/classify")
    @Operation(summary = "Classify a household under a standard (QD59_2015, ND07_2021, ND351_2025) from its monthly "
            + "income per person and deprivations, or from the scores A/B (B1/B2 for QD59_2015)")
    ClassifyResponse classify(@RequestBody ClassifyRequest body) {
        Decision d = classify.decide(body.standard(), body.area(), body.monthlyIncomePerPerson(),
                body.deprivations(), body.scoreA(), body.scoreB());
        return new ClassifyResponse(d.result(), texts.of(d.reasons()), d.legalBasis(), texts.of(d.rule()), d.standardCode(),
                d.deprivationCount());
    }

    @PostMapping("/reclassifications")
    @PreAuthorize("@povertyPermissions.may('reclassification.run')")
    @Transactional
    @Operation(summary = "Reclassify every household surveyed for a year under a standard (a what-if: the decided "
            + "lists stay as they are); answers the count per class and the time taken")
    ReclassifyResponse reclassify(@RequestBody ReclassifyRequest body) {
        if (body.year() == null || body.year() < 1990 || body.year() > 2100) {
            throw new InputRejected("year", "poverty.api.badYear", String.valueOf(body.year()));
        }
        Standard s = standard(body.standard());
        long start = System.nanoTime();
        Map<PovertyClass, Long> counts = classifier.reclassify(body.year(), s.code());
        long millis = (System.nanoTime() - start) / 1_000_000;
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        audit.record("RECLASSIFY", "POVERTY_YEAR", String.valueOf(body.year()),
                "Phân loại lại " + total + " hộ năm " + body.year() + " theo " + s.code(), null, counts);
        return new ReclassifyResponse(body.year(), s.code(), total, millis, counts);
    }

    private Standard standard(String code) {
        if (code == null || code.isBlank()) {
            throw new InputRejected("standard", "poverty.api.missing", "standard");
        }
        return standards.find(code).orElseThrow(() -> new InputRejected("standard", "poverty.api.unknownStandard",
                code, known()));
    }

    /** The standards an API client may name, from the data (they change with the rules). */
    private String known() {
        return standards.all().stream().map(Standard::code).collect(java.util.stream.Collectors.joining(", "));
    }
}
