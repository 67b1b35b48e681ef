package vn.chungsuc.registry;

import java.time.LocalDate;

/** Members of a household formed a new household (tách hộ) on a date. */
public record HouseholdSplit(String fromCode, String newCode, String areaCode, LocalDate on) {
}
