package vn.chungsuc.registry;

import java.time.LocalDate;

/** A household was registered in an area on a date. */
public record HouseholdRegistered(String code, String areaCode, LocalDate on) {
}
