package vn.chungsuc.territory;

import java.time.LocalDate;

/**
 * A unit to record. Codes: the GSO code where one exists (province 2 digits, district 3, commune 5); a residential
 * area takes its commune's code and a sequence number ({@code 14812-01}); a unit whose official code is not known
 * yet takes its province's code and a few capital letters ({@code 38-BS}).
 *
 * @param validTo exclusive; null while the unit still exists
 */
public record NewUnit(String code, String name, UnitType type, String parentCode, LocalDate validFrom,
        LocalDate validTo) {

    public static NewUnit of(String code, String name, UnitType type, String parentCode, LocalDate validFrom) {
        return new NewUnit(code, name, type, parentCode, validFrom, null);
    }
}
