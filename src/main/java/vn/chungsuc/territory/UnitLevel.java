package vn.chungsuc.territory;

/**
 * The tiers of the tree. Until 30/6/2025 local government had three tiers (province, district, commune); from
 * 1/7/2025 the district tier is gone (Nghị quyết 1686/NQ-UBTVQH15 and the 2025 Law on Local Government) and communes
 * hang directly under their province. Residential areas are not administrative units but self-governing
 * communities inside a commune (Thông tư 04/2012/TT-BNV, Điều 2).
 */
public enum UnitLevel {
    COUNTRY,
    PROVINCE,
    DISTRICT,
    COMMUNE,
    RESIDENTIAL_AREA;

    public int depth() {
        return ordinal();
    }

    public static UnitLevel ofDepth(int depth) {
        return values()[depth];
    }
}
