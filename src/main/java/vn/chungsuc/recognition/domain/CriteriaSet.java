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
        Integer renewalYears, String procedureBasis, String note, Long copiedFrom, boolean confirmed) {

    /** Whether the set is the country's (no province): read-only but to the administrator, a province copies it. */
    public boolean national() {
        return provinceCode == null;
    }


    public ProcedureRules rules() {
        return new ProcedureRules(quorumPercent, approvalPercent);
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    /**
     * The day a year's evaluation must be finished before (the set's {@code evaluationDeadline}, dd/MM, e.g. 25/11
     * under NĐ 86/2023/NĐ-CP), if the set has one.
     */
    public java.util.Optional<LocalDate> deadline(int year) {
        if (evaluationDeadline == null || !evaluationDeadline.matches("\\d{2}/\\d{2}")) {
            return java.util.Optional.empty();
        }
        int day = Integer.parseInt(evaluationDeadline.substring(0, 2));
        int month = Integer.parseInt(evaluationDeadline.substring(3, 5));
        try {
            return java.util.Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** Whether the set has a vote (the regime or province sets an approval share). */
    public boolean voting() {
        return approvalPercent != null;
    }
}
