package vn.chungsuc.territory;

import java.time.LocalDate;

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

    /** The first day of two-tier local government: no district level, communes directly under the province. */
    public static final LocalDate TWO_TIER_FROM = LocalDate.of(2025, 7, 1);

    public int depth() {
        return ordinal();
    }

    public static UnitLevel ofDepth(int depth) {
        return values()[depth];
    }
}
