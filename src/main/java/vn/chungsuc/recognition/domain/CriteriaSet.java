package vn.chungsuc.recognition.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A criteria set of a title under a regime, national ({@code provinceCode} null) or a province's adaptation, with
 * the procedure parameters of the regime. Valid during [validFrom, validTo).
 */
public record CriteriaSet(long id, String titleCode, String regimeCode, String provinceCode, String name,
        String legalBasis, LocalDate validFrom, LocalDate validTo, BigDecimal quorumPercent,
        BigDecimal approvalPercent, Integer postingDays, Integer dossierDays, Integer decideDays,
        String evaluationDeadline, String decider, Integer commendationYears, Integer firstAfterYears,
        Integer renewalYears, String procedureBasis, String note, Long copiedFrom) {

    public ProcedureRules rules() {
        return new ProcedureRules(quorumPercent, approvalPercent);
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    /** Whether the set has a vote (the regime or province sets an approval share). */
    public boolean voting() {
        return approvalPercent != null;
    }
}
