package vn.chungsuc.registry;

import java.time.LocalDate;

/** A household ended on a date (dissolved, moved away or left without members). */
public record HouseholdEnded(String code, String areaCode, LocalDate on) {
}
