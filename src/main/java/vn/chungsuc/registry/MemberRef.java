package vn.chungsuc.registry;

/**
 * A member of a household as other modules may show it on a certificate: name, relation to the head (a
 * {@code Relation} name such as HEAD, SPOUSE, CHILD), birth year and ethnicity; no CCCD, no full date of birth.
 */
public record MemberRef(String fullName, String relation, int birthYear, String ethnicity) {
}
