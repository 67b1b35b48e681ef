package vn.chungsuc.poverty.domain;

import java.time.LocalDate;
import vn.chungsuc.poverty.PovertyClass;

/**
 * A household's line in a year's list: the class computed under the standard, and the officer's override if any
 * ({@link #effective()} is what counts).
 */
public record ListEntry(String householdCode, int year, String communeCode, String areaCode, Area area,
        String standardCode, PovertyClass result, int deprivationCount, LocalDate decidedOn, Long roundId,
        PovertyClass overrideResult, String overrideReason, String overriddenBy) {

    public PovertyClass effective() {
        return overrideResult != null ? overrideResult : result;
    }

    public boolean overridden() {
        return overrideResult != null;
    }
}
