package vn.chungsuc.indicators.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.chungsuc.campaign.Population;
import vn.chungsuc.territory.Setting;

/**
 * Adds facts up the unit tree: each fact counts for its unit's placement on the view date and every unit above it,
 * in the whole population and in its own (rural or urban). A fact whose unit has no place that day counts nowhere.
 */
public final class RollUp {

    private RollUp() {
    }

    /** Figures keyed by population, then unit code. */
    public static Map<Population, Map<String, Fraction>> of(Collection<Fact> facts,
            Function<String, Optional<Placement>> placeOnViewDate) {
        Map<Population, Map<String, Fraction>> out = new HashMap<>();
        for (Fact fact : facts) {
            Optional<Placement> placed = placeOnViewDate.apply(fact.unitCode());
            if (placed.isEmpty()) {
                continue;
            }
            for (Population population : populations(fact.setting())) {
                Map<String, Fraction> figures = out.computeIfAbsent(population, p -> new HashMap<>());
                for (String unit : placed.get().pathCodes()) {
                    figures.merge(unit, fact.value(), Fraction::plus);
                }
            }
        }
        return out;
    }

    /** The populations a fact counts in: the whole, and rural or urban by its unit's setting. */
    public static List<Population> populations(Setting setting) {
        if (setting == Setting.RURAL) {
            return List.of(Population.WHOLE, Population.RURAL);
        }
        if (setting == Setting.URBAN) {
            return List.of(Population.WHOLE, Population.URBAN);
        }
        return List.of(Population.WHOLE);
    }
}
