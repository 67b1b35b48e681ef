package vn.chungsuc.registry;

import java.time.LocalDate;

/** A household moved from one residential area to another on a date. */
public record HouseholdMoved(String code, String fromAreaCode, String toAreaCode, LocalDate on) {
}
