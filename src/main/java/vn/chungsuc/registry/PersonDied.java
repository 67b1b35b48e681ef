package vn.chungsuc.registry;

import java.time.LocalDate;

/** A death was recorded; the person left his household on that date. */
public record PersonDied(long personId, String householdCode, LocalDate on) {
}
