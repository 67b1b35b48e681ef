package vn.chungsuc.territory.domain;

import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitType;

/**
 * The kind a residential area takes in its commune: thôn and xóm belong to communes (xã), khu phố and tổ dân phố to
 * wards and townships (Thông tư 04/2012/TT-BNV, Điều 2, amended by Thông tư 14/2018/TT-BNV). When a merger moves
 * residential areas into a unit of the other setting and its decision converts them, a thôn becomes a khu phố and
 * a khu phố a thôn; names stay.
 */
final class ResidentialAreaTypes {

    private ResidentialAreaTypes() {
    }

    static UnitType under(UnitType area, UnitType commune) {
        if (area.level() != UnitLevel.RESIDENTIAL_AREA) {
            return area;
        }
        if (commune.urban() && area.rural()) {
            return UnitType.QUARTER;
        }
        if (commune.rural() && area.urban()) {
            return UnitType.VILLAGE;
        }
        return area;
    }
}
