package vn.chungsuc.registry.domain;

import java.time.LocalDate;

/** A household in a list, as of the list's date. */
public record HouseholdRow(long id, String code, String address, String areaCode, Long headId, String headName,
        int members, LocalDate startedOn) {
}
