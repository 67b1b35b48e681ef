package vn.chungsuc.evaluation;

/** Who receives an award: a person, a collective (named, no record), a household or an organisation. */
public enum RecipientKind {
    PERSON,
    COLLECTIVE,
    HOUSEHOLD,
    ORGANISATION
}
