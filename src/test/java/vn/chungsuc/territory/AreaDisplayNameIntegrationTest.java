package vn.chungsuc.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.scope.UnitScope;

/**
 * A residential area that shares its name with another area of its commune after a merger is named with the commune
 * it came from, by the API itself, so every list, dropdown, certificate and PDF that shows the API's name tells the
 * two apart: "Khu phố 1 (Ba Đình cũ)". Before the merger, and for a name no neighbour shares, the name is as it is.
 */
@IntegrationTest
class AreaDisplayNameIntegrationTest {

    static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
    static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

    @Autowired TerritoryApi territory;
    @Autowired Reorganisation reorganisation;

    @Test
    void khuPho1OfBaDinhIsNamedWithItsOldWardFromTheMergerOn() {
        assertThat(territory.find("14812-01", BEFORE, UnitScope.ALL)).hasValueSatisfying(v -> {
            assertThat(v.fullName()).isEqualTo("Khu phố 1");
            assertThat(v.formerCommune()).isNull();
        });
        assertThat(territory.find("14812-01", AFTER, UnitScope.ALL)).hasValueSatisfying(v -> {
            assertThat(v.fullName()).isEqualTo("Khu phố 1 (Ba Đình cũ)");
            assertThat(v.typedName()).isEqualTo("Khu phố 1");
            assertThat(v.name()).isEqualTo("1");
        });
    }

    @Test
    void everyReadOfTheApiGivesTheSameName() {
        assertThat(territory.children("38-BS", AFTER, UnitScope.ALL)).extracting(UnitView::fullName)
                .contains("Khu phố 1 (Ba Đình cũ)", "Khu phố 1 (Lam Sơn cũ)", "Khu phố Điền Lư");
        assertThat(territory.subtree("38-BS", AFTER, UnitScope.ALL)).extracting(UnitView::fullName)
                .contains("Phường Bỉm Sơn", "Khu phố 1 (Ba Đình cũ)", "Khu phố 1 (Lam Sơn cũ)");
        assertThat(territory.children("14812", BEFORE, UnitScope.ALL)).extracting(UnitView::fullName)
                .contains("Khu phố 1").noneMatch(n -> n.contains("cũ"));
        assertThat(territory.latest("14812-01")).hasValueSatisfying(
                r -> assertThat(r.fullName()).isEqualTo("Khu phố 1 (Ba Đình cũ)"));
        assertThat(territory.versions("14812-01", UnitScope.ALL)).extracting(UnitView::fullName)
                .startsWith("Khu phố 1").endsWith("Khu phố 1 (Ba Đình cũ)");
        assertThat(territory.search("khu pho 1", AFTER, UnitScope.ALL, 0, 100).items())
                .extracting(m -> m.unit().fullName()).contains("Khu phố 1 (Ba Đình cũ)");
    }

    @Test
    void aNameNoNeighbourSharesIsLeftAsItIs() {
        assertThat(territory.children("38-BS", AFTER, UnitScope.ALL))
                .filteredOn(v -> v.name().equals("Điền Lư")).singleElement()
                .satisfies(v -> assertThat(v.fullName()).isEqualTo("Khu phố Điền Lư"));
    }

    @Test
    @Transactional
    void aMergerOfTwoMadeUpCommunesNamesTheirNamesakeVillagesByTheirOldCommune() {
        LocalDate start = LocalDate.of(2000, 1, 1);
        LocalDate merger = LocalDate.of(2021, 3, 1);
        reorganisation.add(NewUnit.of("98", "Tên Thử", UnitType.PROVINCE, "VN", start));
        reorganisation.add(NewUnit.of("98001", "Hạ Thử", UnitType.COMMUNE, "98", start));
        reorganisation.add(NewUnit.of("98002", "Thượng Thử", UnitType.COMMUNE, "98", start));
        reorganisation.add(NewUnit.of("98001-01", "1", UnitType.VILLAGE, "98001", start));
        reorganisation.add(NewUnit.of("98002-01", "1", UnitType.VILLAGE, "98002", start));
        reorganisation.add(NewUnit.of("98002-02", "Gò", UnitType.VILLAGE, "98002", start));
        reorganisation.merge(new Merge(List.of("98001", "98002"),
                new Merge.IntoNew("98-HT", "Hòa Thử", UnitType.COMMUNE, "98"), merger, "Nghị quyết thử", null, false));

        assertThat(territory.children("98-HT", merger, UnitScope.ALL)).extracting(UnitView::fullName)
                .containsExactlyInAnyOrder("Thôn 1 (Hạ Thử cũ)", "Thôn 1 (Thượng Thử cũ)", "Thôn Gò");
        assertThat(territory.find("98002-01", merger.minusDays(1), UnitScope.ALL)).hasValueSatisfying(
                v -> assertThat(v.fullName()).isEqualTo("Thôn 1"));
        // A village renamed so that no neighbour shares its name any more goes back to its plain name.
        reorganisation.rename("98001-01", "Hạ", null, LocalDate.of(2022, 1, 1), null, null);
        assertThat(territory.find("98002-01", LocalDate.of(2022, 1, 1), UnitScope.ALL)).hasValueSatisfying(
                v -> assertThat(v.fullName()).isEqualTo("Thôn 1"));
    }
}
