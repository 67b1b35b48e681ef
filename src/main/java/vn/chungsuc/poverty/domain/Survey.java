package vn.chungsuc.poverty.domain;

import java.time.LocalDate;

/**
 * A household's survey answers for a year, in compact form: income per person per month and the deprivation mask
 * (bits of the indicators), or the scores of form B.
 */
public record Survey(String householdCode, int year, String communeCode, String areaCode, Area area,
        Long monthlyIncome, int deprivations, Integer scoreA, Integer scoreB, LocalDate surveyedOn,
        String surveyedBy, Long roundId) {
}
