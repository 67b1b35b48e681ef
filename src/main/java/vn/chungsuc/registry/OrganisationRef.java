package vn.chungsuc.registry;

/** An organisation as other modules see it: its id, name, kind and the unit (commune or area) it sits in. */
public record OrganisationRef(long id, String name, OrganisationKind kind, String unitCode) {
}
