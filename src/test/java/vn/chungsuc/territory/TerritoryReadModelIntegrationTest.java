package vn.chungsuc.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.scope.UnitScope;

/**
 * The territory's answers are kept in memory (TerritoryCache) and a change to the units shows at once: in the
 * transaction that makes it, and everywhere once it is committed.
 */
@IntegrationTest
class TerritoryReadModelIntegrationTest {

    static final LocalDate ON = MadeUpProvince.START.plusDays(10);

    @Autowired TerritoryApi territory;
    @Autowired Reorganisation reorganisation;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void removeTheMadeUpProvince() {
        MadeUpProvince.remove(jdbc);
    }

    @Test
    void aUnitAddedShowsAtOnceThoughItsAbsenceWasKept() {
        MadeUpProvince.create(reorganisation, territory, "RM");
        assertThat(territory.find("97-RMX", ON, UnitScope.ALL)).isEmpty();
        assertThat(territory.children("97-RM", ON, UnitScope.ALL)).hasSize(2);
        assertThat(territory.find("97-RMX", ON, UnitScope.ALL)).as("kept").isEmpty();

        reorganisation.add(NewUnit.of("97-RMX", "Thử Đọc", UnitType.COMMUNE, "97", MadeUpProvince.START));
        reorganisation.add(NewUnit.of("97-RM-03", "3", UnitType.VILLAGE, "97-RM", MadeUpProvince.START));

        assertThat(territory.find("97-RMX", ON, UnitScope.ALL)).hasValueSatisfying(
                u -> assertThat(u.path()).isEqualTo("/VN/97/97-RMX/"));
        assertThat(territory.children("97-RM", ON, UnitScope.ALL)).extracting(UnitView::code)
                .containsExactly("97-RM-01", "97-RM-02", "97-RM-03");
        assertThat(territory.subtree("97", ON, UnitScope.ALL)).extracting(UnitView::code)
                .contains("97-RMX", "97-RM-03");
    }

    @Test
    void theScopeIsAppliedToKeptAnswers() {
        MadeUpProvince.create(reorganisation, territory, "RS");
        assertThat(territory.find("97-RS", ON, UnitScope.ALL)).isPresent();
        UnitScope elsewhere = new UnitScope(false, java.util.Set.of(), java.util.Set.of("14812"));
        assertThat(territory.find("97-RS", ON, elsewhere)).isEmpty();
        assertThat(territory.children("97", ON, elsewhere)).isEmpty();
        UnitScope mine = new UnitScope(false, java.util.Set.of(), java.util.Set.of("97-RS"));
        assertThat(territory.find("97-RS", ON, mine)).isPresent();
        assertThat(territory.children("97-RS", ON, mine)).hasSize(2);
    }
}
