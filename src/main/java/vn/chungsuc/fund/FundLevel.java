package vn.chungsuc.fund;

import java.time.LocalDate;
import vn.chungsuc.territory.UnitLevel;

/**
 * The levels of the fund (Quỹ 4 cấp, QĐ 1198/QĐ-MTTW-ĐCT 2016): central, province, district and commune; the
 * district level ends on 30/6/2025 with the district tier of local government (Nghị quyết 1686/NQ-UBTVQH15).
 */
public enum FundLevel {
    CENTRAL,
    PROVINCE,
    DISTRICT,
    COMMUNE;

    /** The level of a fund for a unit of this tier on the date; empty when the tier holds no fund then. */
    public static java.util.Optional<FundLevel> of(UnitLevel unit, LocalDate on) {
        return java.util.Optional.ofNullable(switch (unit) {
            case COUNTRY -> CENTRAL;
            case PROVINCE -> PROVINCE;
            case DISTRICT -> on.isBefore(UnitLevel.TWO_TIER_FROM) ? DISTRICT : null;
            case COMMUNE -> COMMUNE;
            case RESIDENTIAL_AREA -> null;
        });
    }
}
