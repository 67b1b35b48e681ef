package vn.chungsuc.registry;

/**
 * A member of a household as other modules may show it on a certificate: name, relation to the head (a
 * {@code Relation} name such as HEAD, SPOUSE, CHILD), birth year and ethnicity; no CCCD, no full date of birth. The
 * person's id is the registry's (its page is {@code /registry/persons/{id}}), so that an award can name its recipient.
 */
public record MemberRef(String fullName, String relation, int birthYear, String ethnicity, long personId) {
}
