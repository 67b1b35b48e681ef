package vn.chungsuc.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.stats.Metric;
import vn.chungsuc.shared.stats.StatisticSource;

/**
 * Every statistic source counts some units exactly as it counts them among all units: the recount of one write's
 * units (what keeps a household registration cheap in a province) gives the figures a full recount gives.
 */
@IntegrationTest
class StatisticSourcesIntegrationTest {

    @Autowired List<StatisticSource> sources;

    @Test
    void aCountOfSomeUnitsEqualsTheirShareOfTheFullCount() {
        int compared = 0;
        for (StatisticSource source : sources) {
            for (Metric metric : source.metrics()) {
                for (LocalDate on : List.of(LocalDate.of(2017, 12, 31), LocalDate.of(2020, 6, 30),
                        LocalDate.of(2024, 12, 31))) {
                    Map<String, Long> all = source.countByUnit(metric.code(), on);
                    // Every other unit that has a count, and one that has none.
                    List<String> units = new ArrayList<>();
                    int i = 0;
                    for (String unit : new TreeSet<>(all.keySet())) {
                        if (i++ % 2 == 0) {
                            units.add(unit);
                        }
                    }
                    units.add("no-such-unit");
                    Map<String, Long> expected = new HashMap<>(all);
                    expected.keySet().retainAll(units);
                    assertThat(source.countByUnit(metric.code(), on, units))
                            .as("%s on %s for %d units", metric.code(), on, units.size())
                            .isEqualTo(expected);
                    assertThat(source.countByUnit(metric.code(), on, List.of())).isEmpty();
                    if (!expected.isEmpty()) {
                        compared++;
                    }
                }
            }
        }
        // Households, persons, titles, poor households, units… of the demo: not a comparison of empty maps.
        assertThat(compared).isGreaterThan(20);
    }
}
