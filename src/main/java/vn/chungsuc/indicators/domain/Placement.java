package vn.chungsuc.indicators.domain;

import java.util.Arrays;
import java.util.List;
import vn.chungsuc.territory.Setting;
import vn.chungsuc.territory.UnitLevel;

/**
 * Where a unit's records sit on a date: the unit they count under then (itself, or what it was merged into), with
 * its path, level and rural/urban setting.
 */
public record Placement(String code, String path, UnitLevel level, Setting setting) {

    /** The codes from the country down to the unit, each of which the records count under. */
    public List<String> pathCodes() {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    public boolean within(String unitCode) {
        return path.contains("/" + unitCode + "/");
    }
}
