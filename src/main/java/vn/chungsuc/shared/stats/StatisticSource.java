package vn.chungsuc.shared.stats;

import java.time.LocalDate;
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
}
