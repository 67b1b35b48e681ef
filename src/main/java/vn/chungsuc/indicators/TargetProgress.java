package vn.chungsuc.indicators;

import java.math.BigDecimal;

/**
 * Where one target of a programme stands for a unit and period.
 *
 * @param kind COUNT, SHARE or CEILING
 * @param goal the goal as written ("47/48", "Trên 80%", "≤ 1%"); null when the unit has none
 * @param value the count, or the share in percent (two decimals); null when there is no value
 * @param status ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA or NO_GOAL
 */
public record TargetProgress(String code, String label, String kind, String goal, BigDecimal value, Long numerator,
        Long denominator, String status) {
}
