package vn.chungsuc.territory;

/** A unit named in passing (a predecessor, an ancestor): its code, its name, and its name with type. */
public record UnitRef(String code, String name, String fullName) {
}
