package vn.chungsuc.registry;

/**
 * A household as of a date: its code, the residential area it lived in then, the head's name and how many
 * members it had.
 */
public record HouseholdRef(String code, String areaCode, String headName, int members) {
}
