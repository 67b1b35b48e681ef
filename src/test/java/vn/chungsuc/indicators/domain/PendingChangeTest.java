package vn.chungsuc.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.chungsuc.indicators.domain.FigureMaintenance.Change;

/** How a burst of statistic changes to one metric merges into one recount. */
class PendingChangeTest {

    @Test
    void changesAtTwoUnitsRecountBothFromTheEarlierDate() {
        Change merged = Change.of(LocalDate.of(2020, 3, 1), "A").and(Change.of(LocalDate.of(2019, 5, 1), "B"));
        assertThat(merged.from()).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(merged.units()).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void aChangeWithoutDateOrUnitWidensTheRecountToEveryPeriodOrUnit() {
        Change undated = Change.of(null, "A").and(Change.of(LocalDate.of(2020, 1, 1), "B"));
        assertThat(undated.from()).isNull();
        assertThat(undated.units()).containsExactlyInAnyOrder("A", "B");

        Change everywhere = Change.of(LocalDate.of(2020, 1, 1), "A").and(Change.of(LocalDate.of(2021, 1, 1), null));
        assertThat(everywhere.from()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(everywhere.units()).isNull();
    }

    @Test
    void tooManyUnitsNamedBecomeOneRecountOfAllUnits() {
        Set<String> many = IntStream.range(0, FigureMaintenance.MAX_NAMED_UNITS).mapToObj(i -> "U" + i)
                .collect(Collectors.toSet());
        Change atLimit = new Change(null, many);
        assertThat(atLimit.and(Change.of(null, "U0")).units()).hasSize(FigureMaintenance.MAX_NAMED_UNITS);
        assertThat(atLimit.and(Change.of(null, "another")).units()).isNull();
    }
}
