package vn.chungsuc.registry;

import java.time.LocalDate;

/** A birth was recorded in a household. */
public record PersonBorn(long personId, String householdCode, LocalDate on) {
}
