package vn.chungsuc.registry.domain;

import java.time.LocalDate;

/** A membership of a person in a household, with the person's data. */
public record MemberRow(long membershipId, long personId, String fullName, Sex sex, LocalDate birthDate,
        String citizenId, String phone, String ethnicity, Relation relation, LocalDate validFrom, LocalDate validTo,
        String joinedBy, String leftBy, LocalDate diedOn, String householdCode) {

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
