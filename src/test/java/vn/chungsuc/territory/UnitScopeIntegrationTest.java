package vn.chungsuc.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.scope.UnitDirectory;
import vn.chungsuc.shared.scope.UnitScope;

/** What a user whose scope is phường Ba Đình sees, on dates before and after the ward was merged. */
@IntegrationTest
class UnitScopeIntegrationTest {

    static final LocalDate OCTOBER_2017 = LocalDate.of(2017, 10, 9);
    static final LocalDate AUGUST_2025 = LocalDate.of(2025, 8, 1);
    static final UnitScope BA_DINH = new UnitScope(false, Set.of(), Set.of("14812"));

    @Autowired TerritoryApi territory;
    @Autowired UnitDirectory directory;

    @Test
    void aBaDinhUserSeesHisWardAndItsKhuPhoIn2017() {
        assertThat(territory.find("14812", OCTOBER_2017, BA_DINH)).isPresent();
        assertThat(territory.children("14812", OCTOBER_2017, BA_DINH)).hasSize(11);
        assertThat(territory.find("14812-01", OCTOBER_2017, BA_DINH)).isPresent();
        assertThat(territory.roots(OCTOBER_2017, BA_DINH)).extracting(n -> n.unit().code()).containsExactly("14812");
    }

    @Test
    void heNeitherFindsNorListsUnitsOutsideIt() {
        assertThat(territory.find("381", OCTOBER_2017, BA_DINH)).isEmpty();
        assertThat(territory.find("14824", OCTOBER_2017, BA_DINH)).isEmpty();
        // Listing the town's units shows him only his own ward among them.
        assertThat(territory.children("381", OCTOBER_2017, BA_DINH)).extracting(UnitView::code)
                .containsExactly("14812");
        assertThat(territory.versions("14824-01", BA_DINH)).isEmpty();
        assertThat(territory.search("quang trung", OCTOBER_2017, BA_DINH, 0, 20).total()).isZero();
        assertThat(territory.search("khu pho", OCTOBER_2017, BA_DINH, 0, 50).items())
                .hasSize(11).allSatisfy(m -> assertThat(m.unit().path()).contains("/14812/"));
    }

    @Test
    void onceTheWardIsMergedItsKhuPhoAreOutsideHisScope() {
        assertThat(territory.find("14812", AUGUST_2025, BA_DINH)).isEmpty();
        assertThat(territory.find("14812-01", AUGUST_2025, BA_DINH)).isEmpty();
        assertThat(territory.find("14812-01", AUGUST_2025, UnitScope.ALL))
                .hasValueSatisfying(v -> assertThat(v.path()).isEqualTo("/VN/38/38-BS/14812-01/"));
        assertThat(territory.roots(AUGUST_2025, BA_DINH)).isEmpty();
        // The history of the area is his only for the versions that lay in Ba Đình.
        assertThat(territory.versions("14812-01", BA_DINH)).extracting(UnitView::parentCode).containsExactly("14812");
    }

    @Test
    void nestedRootsShowOnlyTheOuterOne() {
        UnitScope town = new UnitScope(false, Set.of("381"), Set.of("14812"));
        assertThat(territory.roots(OCTOBER_2017, town)).extracting(n -> n.unit().code()).containsExactly("381");
    }

    @Test
    void everythingStartsAtTheCountryWithItsSixtyThreeProvinces() {
        assertThat(territory.roots(OCTOBER_2017, UnitScope.ALL)).singleElement().satisfies(n -> {
            assertThat(n.unit().code()).isEqualTo("VN");
            assertThat(n.childCount()).isEqualTo(63);
        });
    }

    @Test
    void theDirectoryNamesUnitsForOtherModules() {
        assertThat(directory.displayName("14812", OCTOBER_2017)).contains("Phường Ba Đình");
        assertThat(directory.displayName("14812", AUGUST_2025)).isEmpty();
        assertThat(directory.latestDisplayName("14827")).contains("Xã Hà Lan");
        assertThat(directory.latestDisplayName("38-bs")).contains("Phường Bỉm Sơn");
        assertThat(directory.latestDisplayName("00000")).isEmpty();
    }

    @Test
    void aSubtreeListsParentsBeforeChildren() {
        assertThat(territory.subtree("381", OCTOBER_2017, UnitScope.ALL))
                .hasSize(1 + 8 + 48 + 17)
                .first().extracting(UnitView::code).isEqualTo("381");
    }
}
