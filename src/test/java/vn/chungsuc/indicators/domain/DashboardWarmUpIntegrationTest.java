package vn.chungsuc.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;

/**
 * Issue 13 item 11: dates with the same tree of units share one figure set, and the warm-up before readiness leaves
 * every set the dashboard offers in place, so a first view builds none; the warm-up stops at its time limit.
 */
@IntegrationTest
class DashboardWarmUpIntegrationTest {

    @Autowired DashboardWarmUp warmUp;
    @Autowired FactBook book;
    @Autowired UnitPlacements placements;
    @Autowired TerritoryApi territory;
    @Autowired MockMvc mvc;

    @Test
    void aDateStandsForItsSpanWithTheSameUnits() {
        LocalDate end2020 = LocalDate.of(2020, 12, 31);
        LocalDate since = placements.sameTreeAs(end2020);
        assertThat(since).isBeforeOrEqualTo(end2020).isAfterOrEqualTo(LocalDate.of(2019, 12, 1));
        // Đông Sơn took in Hà Lan on 1/12/2019: the span of 31/12/2020 begins no earlier, and sees the same wards.
        assertThat(territory.children("381", since, UnitScope.ALL))
                .isEqualTo(territory.children("381", end2020, UnitScope.ALL));
        assertThat(placements.sameTreeAs(LocalDate.of(2019, 11, 30))).isBefore(LocalDate.of(2019, 12, 1));
    }

    @Test
    void afterTheWarmUpAFirstViewBuildsNoFigureSet() throws Exception {
        assertThat(warmUp.warmUp(-1).cutShort()).isTrue();
        DashboardWarmUp.Summary done = warmUp.warmUp(600_000);
        assertThat(done.cutShort()).isFalse();
        assertThat(done.trees()).isGreaterThanOrEqualTo(3);
        int sets = book.figureSets().size();
        for (String query : new String[] {"year=2018", "year=2017&half=true", "year=2024", "year=2019&on=03/12/2026",
                "year=2020&unit=14812"}) {
            mvc.perform(get("/dashboard?programme=1&" + query).with(httpBasic("mttq", "chungsuc")))
                    .andExpect(status().isOk());
        }
        assertThat(book.figureSets()).hasSize(sets);
    }
}
