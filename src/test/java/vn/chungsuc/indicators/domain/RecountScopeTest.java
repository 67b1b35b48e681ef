package vn.chungsuc.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.chungsuc.indicators.domain.FigureMaintenance.Change;

/** What one statistic change asks the figures to recount. */
class RecountScopeTest {

    @Test
    void aChangeRecountsTheUnitsItNamesFromItsDate() {
        Change change = Change.of(LocalDate.of(2019, 5, 1), Set.of("A", "B"));
        assertThat(change.from()).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(change.units()).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void aChangeWithoutDateOrUnitWidensTheRecountToEveryPeriodOrUnit() {
        Change undated = Change.of(null, Set.of("A"));
        assertThat(undated.from()).isNull();
        assertThat(undated.units()).containsExactly("A");

        Change everywhere = Change.of(LocalDate.of(2020, 1, 1), null);
        assertThat(everywhere.from()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(everywhere.units()).isNull();
    }

    @Test
    void tooManyUnitsNamedBecomeOneRecountOfAllUnits() {
        Set<String> many = IntStream.range(0, FigureMaintenance.MAX_NAMED_UNITS).mapToObj(i -> "U" + i)
                .collect(Collectors.toSet());
        assertThat(Change.of(null, many).units()).hasSize(FigureMaintenance.MAX_NAMED_UNITS);
        Set<String> tooMany = new java.util.HashSet<>(many);
        tooMany.add("another");
        assertThat(Change.of(null, tooMany).units()).isNull();
    }
}
