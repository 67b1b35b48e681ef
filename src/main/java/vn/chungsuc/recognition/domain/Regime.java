package vn.chungsuc.recognition.domain;

import java.time.LocalDate;

/** A legal regime in force during [validFrom, validTo). */
public record Regime(String code, String name, String legalBasis, LocalDate validFrom, LocalDate validTo,
        String note) {
}
