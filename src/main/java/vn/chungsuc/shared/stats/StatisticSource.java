package vn.chungsuc.shared.stats;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Implemented by each feature module that keeps records the programme's indicators count (Decidim-style
 * contribution: the dashboard knows no feature module). The indicators module asks for counts per unit and rolls
 * them up the unit tree itself; it learns that a count changed from {@link StatisticChanged}.
 */
public interface StatisticSource {

    /** The metrics this module can count. */
    List<Metric> metrics();

    /**
     * The count of a metric per unit code where the counted records sit (a residential area for households, a
     * commune for agencies), as of a date; for a yearly metric, for the year of that date. Units with no record
     * may be left out.
     */
    Map<String, Long> countByUnit(String metricCode, LocalDate asOf);

    /**
     * The same count for some units only (those a {@link StatisticChanged} named): what keeps a single write's
     * recount small at province scale. Units with no record may be left out. The default filters the full count;
     * a source whose records are indexed by unit should count only the units asked for.
     */
    default Map<String, Long> countByUnit(String metricCode, LocalDate asOf, Collection<String> units) {
        Map<String, Long> out = new HashMap<>(countByUnit(metricCode, asOf));
        out.keySet().retainAll(new HashSet<>(units));
        return out;
    }
}
