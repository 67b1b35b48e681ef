package vn.chungsuc.poverty.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.poverty.domain.Area;
import vn.chungsuc.poverty.domain.Decision;
import vn.chungsuc.poverty.domain.PovertyPolicy;
import vn.chungsuc.poverty.domain.Standard;
import vn.chungsuc.poverty.domain.Standards;

/** Checks a classification request field by field, then asks the policy. */
@Component
class Classify {

    private final Standards standards;

    Classify(Standards standards) {
        this.standards = standards;
    }

    Decision decide(String standardCode, String areaText, Long income, List<String> deprivations, Integer scoreA,
            Integer scoreB) {
        if (standardCode == null || standardCode.isBlank()) {
            throw new InputRejected("standard", "poverty.api.missing", "standard");
        }
        Standard s = standards.find(standardCode).orElseThrow(() -> new InputRejected("standard",
                "poverty.api.unknownStandard", standardCode, known()));
        Area area;
        try {
            area = Area.valueOf(areaText == null ? "" : areaText);
        } catch (IllegalArgumentException e) {
            throw new InputRejected("area", "poverty.api.badArea", String.valueOf(areaText));
        }
        if (income == null && scoreA == null) {
            throw new InputRejected("monthlyIncomePerPerson", "poverty.api.missingIncome");
        }
        if (income != null) {
            if (scoreA != null || scoreB != null) {
                throw new InputRejected("scoreA", "poverty.api.bothForms");
            }
            if (income < 0) {
                throw new InputRejected("monthlyIncomePerPerson", "poverty.api.negative", income);
            }
            List<String> codes = deprivations == null ? List.of() : deprivations;
            Standards.unknownIndicator(s, codes).ifPresent(c -> {
                throw new InputRejected("deprivations", "poverty.api.unknownIndicator", c, s.code());
            });
            return PovertyPolicy.byIncome(s, area, income, codes);
        }
        if (scoreB == null) {
            throw new InputRejected("scoreB", "poverty.api.missing", "scoreB");
        }
        if (scoreA < 0) {
            throw new InputRejected("scoreA", "poverty.api.negative", scoreA);
        }
        if (scoreB < 0) {
            throw new InputRejected("scoreB", "poverty.api.negative", scoreB);
        }
        if (deprivations != null && !deprivations.isEmpty()) {
            throw new InputRejected("deprivations", "poverty.api.bothForms");
        }
        if (s.scoreUpper(area) == null) {
            throw new InputRejected("standard", "poverty.api.noScores", s.code());
        }
        return PovertyPolicy.byScore(s, area, scoreA, scoreB);
    }

    /** The standards an API client may name, from the data (they change with the rules). */
    private String known() {
        return standards.all().stream().map(Standard::code).collect(java.util.stream.Collectors.joining(", "));
    }
}
