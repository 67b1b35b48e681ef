package vn.chungsuc.territory;

/**
 * Whether a unit is rural or urban, which decides its criteria (new rural area vs civilised urban area) and the
 * kind of residential areas it has. Special zones (đặc khu) are island units, neither rural nor urban.
 */
public enum Setting {
    RURAL,
    URBAN,
    ISLAND,
    /** The country as a whole. */
    NATIONAL
}
