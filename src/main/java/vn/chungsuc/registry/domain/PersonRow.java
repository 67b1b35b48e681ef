package vn.chungsuc.registry.domain;

import java.time.LocalDate;

/** A person in a list with the household he belonged to on the list's date. */
public record PersonRow(long id, String fullName, Sex sex, LocalDate birthDate, String citizenId, String phone,
        String ethnicity, String householdCode, String areaCode, Relation relation) {
}
