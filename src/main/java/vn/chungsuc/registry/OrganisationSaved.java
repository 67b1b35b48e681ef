package vn.chungsuc.registry;

/**
 * An organisation, a public place or a street was added or changed. {@code table} is {@code ORGANISATION},
 * {@code PLACE} or {@code STREET}; {@code kind} the organisation's or place's kind (null for a street);
 * {@code unitCode} the unit it belongs to now, {@code previousUnitCode} the one before a change (null for a new one).
 */
public record OrganisationSaved(long id, String table, String kind, String unitCode, String previousUnitCode) {
}
