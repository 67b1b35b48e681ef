package vn.chungsuc.registry;

import java.time.LocalDate;

/** A person left one household for another (or joined one from outside, fromHouseholdCode null; or left for outside, toHouseholdCode null). */
public record PersonMoved(long personId, String fromHouseholdCode, String toHouseholdCode, LocalDate on) {
}
