package vn.chungsuc.territory.web;

import java.time.LocalDate;
import java.util.List;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitRef;
import vn.chungsuc.territory.UnitType;
import vn.chungsuc.territory.UnitView;

/** A unit version in a list (search hits, history), with its ancestors on the same date where they matter. */
record UnitSummary(String code, String name, String fullName, UnitType type, UnitLevel level, String parentCode,
        String path, LocalDate validFrom, LocalDate validTo, List<UnitRef> ancestors) {

    static UnitSummary of(UnitView v, List<UnitRef> ancestors) {
        return new UnitSummary(v.code(), v.name(), v.fullName(), v.type(), v.level(), v.parentCode(), v.path(),
                v.validFrom(), v.validTo(), ancestors);
    }
}
