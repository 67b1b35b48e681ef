package vn.chungsuc.registry;

/**
 * What an organisation is, as the campaign's targets count them: agencies and units of the state (cơ quan, đơn vị —
 * "85 agencies and units meet the cultural standard"), schools, and enterprises.
 */
public enum OrganisationKind {
    /** Cơ quan: of the Party, the State, the Front and mass organisations. */
    AGENCY,
    /** Đơn vị: public service units (đơn vị sự nghiệp) and the armed forces' units. */
    UNIT,
    SCHOOL,
    ENTERPRISE
}
