package vn.chungsuc.poverty;

import java.time.LocalDate;
import java.util.Set;

/**
 * From a date on, the poverty status of some households may differ ({@link PovertyApi#status}): a commune's lists
 * were decided (step 6 of QĐ 24/2021/QĐ-TTg), or an officer overrode one household's class. Published in the
 * transaction of the change.
 *
 * @param areaCodes the residential areas whose lists changed
 * @param householdCodes the households whose status may differ: those the new lists name and those the lists in
 *     force the day before named; null when any household of the areas may be concerned (a bulk load)
 * @param from the first day on which the status may differ
 */
public record PovertyStatusChanged(Set<String> areaCodes, Set<String> householdCodes, LocalDate from) {

    public PovertyStatusChanged {
        areaCodes = Set.copyOf(areaCodes);
        householdCodes = householdCodes == null ? null : Set.copyOf(householdCodes);
    }
}
