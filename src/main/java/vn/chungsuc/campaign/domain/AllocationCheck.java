package vn.chungsuc.campaign.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.chungsuc.campaign.Goal;
import vn.chungsuc.campaign.GoalKind;

/**
 * Whether the goals allocated to the units under a unit add up to that unit's own goal. Counts must sum to the
 * goal (and their wholes to its whole); shares and ceilings are compared by their plain average, since what each
 * unit weighs is only known once its values come in. Units left without an allocation are named too.
 */
public record AllocationCheck(List<Warning> warnings) {

    /** A message key and its arguments. */
    public record Warning(String key, Object... args) {
    }

    public boolean addsUp() {
        return warnings.isEmpty();
    }

    public static AllocationCheck of(Goal parent, Map<String, Goal> allocated, Collection<String> units) {
        List<Warning> warnings = new ArrayList<>();
        long missing = units.stream().filter(u -> !allocated.containsKey(u)).count();
        if (allocated.isEmpty()) {
            return new AllocationCheck(List.of(new Warning("campaign.allocation.none")));
        }
        if (missing > 0) {
            warnings.add(new Warning("campaign.allocation.missing", missing));
        }
        if (parent.kind() == GoalKind.COUNT) {
            BigDecimal sum = allocated.values().stream().map(Goal::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            int c = sum.compareTo(parent.value());
            if (c < 0) {
                warnings.add(new Warning("campaign.allocation.countShort", plain(sum), plain(parent.value())));
            } else if (c > 0) {
                warnings.add(new Warning("campaign.allocation.countOver", plain(sum), plain(parent.value())));
            }
            if (parent.outOf() != null && allocated.values().stream().allMatch(g -> g.outOf() != null)) {
                int wholes = allocated.values().stream().mapToInt(Goal::outOf).sum();
                if (missing == 0 && wholes != parent.outOf()) {
                    warnings.add(new Warning("campaign.allocation.wholeMismatch", wholes, parent.outOf()));
                }
            }
        } else {
            BigDecimal mean = allocated.values().stream().map(Goal::value).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(allocated.size()), 2, RoundingMode.HALF_UP);
            int c = mean.compareTo(parent.value());
            boolean short_ = parent.kind() == GoalKind.SHARE && (parent.strict() ? c <= 0 : c < 0);
            if (short_) {
                warnings.add(new Warning("campaign.allocation.shareShort", plain(mean), plain(parent.value())));
            }
            if (parent.kind() == GoalKind.CEILING && c > 0) {
                warnings.add(new Warning("campaign.allocation.ceilingOver", plain(mean), plain(parent.value())));
            }
        }
        return new AllocationCheck(List.copyOf(warnings));
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
