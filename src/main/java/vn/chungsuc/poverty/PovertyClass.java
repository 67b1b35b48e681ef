package vn.chungsuc.poverty;

/** The class a poverty standard gives a household: hộ nghèo, hộ cận nghèo, or neither. */
public enum PovertyClass {
    POOR,
    NEAR_POOR,
    NOT_POOR
}
