package vn.chungsuc.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.indicators.domain.Fraction;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.indicators.domain.ProgressBoard;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.registry.demo.SyntheticPeople;
import vn.chungsuc.registry.domain.Forms;
import vn.chungsuc.registry.domain.HouseholdCommands;
import vn.chungsuc.registry.domain.Sex;
import vn.chungsuc.shared.scope.UnitScope;

/**
 * The household count on the dashboard comes from the registry through its statistic source: it equals the
 * register's own count, and a household registered in Ba Đình moves the ward's and the town's figures at once.
 */
@IntegrationTest
class RegistryFiguresIntegrationTest {

    @Autowired ProgressBoard board;
    @Autowired CampaignApi campaign;
    @Autowired RegistryApi registry;
    @Autowired HouseholdCommands commands;

    private long households(ProgrammeView programme, String unit, Period period) {
        ProgressBoard.Scope scope = board.scope(programme, unit, period, null, UnitScope.ALL).orElseThrow();
        Fraction value = board.board(scope).context().stream()
                .filter(c -> c.indicator().code().equals("households")).findFirst().orElseThrow().value();
        assertThat(value).as("household figure of %s", unit).isNotNull();
        return value.numerator();
    }

    @Test
    void theDashboardCountsTheRegisterAndFollowsANewHousehold() {
        ProgrammeView programme = campaign.programmes().stream()
                .filter(p -> p.number().equals("1995/CTrPH-UBND-UB.MTTQ")).findFirst().orElseThrow();
        Period period = Period.year(2020);
        long town = households(programme, "381", period);
        long baDinh = households(programme, "14812", period);
        assertThat(baDinh).isEqualTo(registry.countHouseholds(
                java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(i -> String.format("14812-%02d", i)).toList(),
                period.end()));
        assertThat(town).isGreaterThan(baDinh);

        commands.register(new Forms.NewHousehold("HH-CHISO-1", "14812-03", "Số 9, phố Trần Phú", "01/03/2020",
                "Vũ Thị Chỉ Số", Sex.FEMALE.name(), "12/05/1975",
                SyntheticPeople.citizenId("038", Sex.FEMALE, 1975, 990_001), "Kinh", ""), UnitScope.ALL);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
            assertThat(households(programme, "14812", period)).isEqualTo(baDinh + 1);
            assertThat(households(programme, "381", period)).isEqualTo(town + 1);
        });
    }
}
