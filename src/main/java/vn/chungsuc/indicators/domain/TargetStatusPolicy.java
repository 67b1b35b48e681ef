package vn.chungsuc.indicators.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import vn.chungsuc.campaign.Goal;

/**
 * The status of a target in a period, by the rule written on the dashboard:
 *
 * <ul>
 * <li><b>Achieved</b>: the value meets the goal ({@link Goal#isMetBy}).</li>
 * <li><b>On track</b>: not yet, but at or beyond where a steady path would be by the end of the period — the path
 * running from the first value of the programme's period (the baseline) to the goal at the end of its deadline
 * year. Once the deadline has come, only the goal itself counts.</li>
 * <li><b>At risk</b>: at least half of the way that path asked for by now has been covered.</li>
 * <li><b>Off track</b>: less than half, or moving away from the goal.</li>
 * <li><b>Not met</b>: a period after the programme's last year (its deadline, the programme's period), or the
 * last year itself once it is over, with the goal not met: there is no path left to be on, so the target is
 * simply not achieved.</li>
 * </ul>
 *
 * A ceiling ("hộ nghèo còn 1%") runs the other way: lower is better. A count of a whole that changed since the
 * programme (47/48 khu phố when there are 54) is judged against the same proportion of today's whole.
 * The programme itself sets no such rule (it only asks for checks every six months and every year, section IV.3);
 * this one is the system's, and is shown on the page so that everyone reads the colours the same way.
 */
public final class TargetStatusPolicy {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private TargetStatusPolicy() {
    }

    /** A value at a time (the end of its period on a scale of years: 2020 ends at 2021.0). */
    public record Observation(double time, Fraction value) {
    }

    /**
     * @param expected where the steady path stands at the time of the observation (count or percent); null when
     *     not computed
     */
    public record Assessment(TargetStatus status, BigDecimal expected) {
    }

    /**
     * @param baseline the first observation of the programme's period (null: the current one is the first)
     * @param deadlineTime the end of the deadline year (2020 → 2021.0)
     */
    public static Assessment assess(Goal goal, Observation current, Observation baseline, double deadlineTime) {
        return assess(goal, current, baseline, deadlineTime, Double.NEGATIVE_INFINITY);
    }

    /**
     * As {@link #assess(Goal, Observation, Observation, double)}, knowing today: the deadline year's own figure,
     * once that year is over, is final, so a goal it does not meet is not met (while the year runs it is still a
     * path to be on or off).
     *
     * @param todayTime today on the same scale (1 July 2021 → 2021.5)
     */
    public static Assessment assess(Goal goal, Observation current, Observation baseline, double deadlineTime,
            double todayTime) {
        if (current == null || current.value() == null) {
            return new Assessment(TargetStatus.NO_DATA, null);
        }
        if (goal == null) {
            return new Assessment(TargetStatus.NO_GOAL, null);
        }
        long num = current.value().numerator();
        long den = current.value().denominator();
        BigDecimal v = goal.measure(num, den);
        if (v == null) {
            return new Assessment(TargetStatus.NO_DATA, null);
        }
        BigDecimal g = goal.required(den);
        if (goal.isMetBy(num, den)) {
            return new Assessment(TargetStatus.ACHIEVED, g);
        }
        if (current.time() > deadlineTime || (current.time() >= deadlineTime && todayTime >= deadlineTime)) {
            // After the programme's period (its deadline year) a target not met is not met, not "at risk".
            return new Assessment(TargetStatus.NOT_MET, g);
        }
        Observation base = baseline == null ? current : baseline;
        BigDecimal b = goal.measure(base.value().numerator(), base.value().denominator());
        if (b == null) {
            b = v;
            base = current;
        }
        double span = deadlineTime - base.time();
        double share = span <= 0 ? 1.0 : Math.max(0.0, Math.min(1.0, (current.time() - base.time()) / span));
        BigDecimal expected = b.add(g.subtract(b).multiply(BigDecimal.valueOf(share), MathContext.DECIMAL64));
        BigDecimal direction = goal.higherIsBetter() ? BigDecimal.ONE : BigDecimal.ONE.negate();
        BigDecimal needed = expected.subtract(b).multiply(direction);
        BigDecimal made = v.subtract(b).multiply(direction);
        if (share < 1.0 && made.compareTo(needed) >= 0) {
            return new Assessment(TargetStatus.ON_TRACK, expected);
        }
        if (needed.signum() > 0 && made.compareTo(needed.multiply(HALF)) >= 0) {
            return new Assessment(TargetStatus.AT_RISK, expected);
        }
        return new Assessment(TargetStatus.OFF_TRACK, expected);
    }
}
