package vn.chungsuc.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.indicators.domain.Fraction;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.indicators.domain.ProgressBoard;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.NewUnit;
import vn.chungsuc.territory.Reorganisation;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitType;
import vn.chungsuc.territory.UnitView;

/**
 * A computed indicator end to end, through a real {@link vn.chungsuc.shared.stats.StatisticSource}: the count of
 * residential areas, which the territory's units publish. A new area recorded in a commune far from the demo town
 * shows in the figures of its province within a second, with no nightly job.
 */
@IntegrationTest
class ComputedFiguresIntegrationTest {

    @Autowired ProgressBoard board;
    @Autowired CampaignApi campaign;
    @Autowired TerritoryApi territory;
    @Autowired Reorganisation reorganisation;

    private Fraction residentialAreas(ProgrammeView programme, String unit, Period period) {
        ProgressBoard.Scope scope = board.scope(programme, unit, period, null, UnitScope.ALL).orElseThrow();
        return board.board(scope).context().stream()
                .filter(c -> c.indicator().code().equals("residential-areas")).findFirst().orElseThrow().value();
    }

    @Test
    void aNewResidentialAreaShowsInTheComputedFiguresWithinASecond() {
        ProgrammeView programme = campaign.programmes().stream()
                .filter(p -> p.number().equals("1995/CTrPH-UBND-UB.MTTQ")).findFirst().orElseThrow();
        LocalDate on = LocalDate.of(2020, 12, 31);
        UnitView province = territory.find("96", on, UnitScope.ALL).orElseThrow();
        UnitView district = territory.children(province.code(), on, UnitScope.ALL).get(0);
        UnitView commune = territory.children(district.code(), on, UnitScope.ALL).get(0);
        Period period = Period.year(2020);
        Fraction before = residentialAreas(programme, province.code(), period);

        reorganisation.add(NewUnit.of(commune.code() + "-97", "Thử nghiệm chỉ số", UnitType.VILLAGE, commune.code(),
                LocalDate.of(2020, 3, 1)));

        long started = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                assertThat(residentialAreas(programme, province.code(), period).numerator())
                        .isEqualTo(before.numerator() + 1));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("A new residential area reached the computed figures in %d ms%n", millis);
        // A period that ended before the area existed does not count it.
        assertThat(residentialAreas(programme, commune.code(), Period.year(2019)).numerator()).isZero();
    }
}
