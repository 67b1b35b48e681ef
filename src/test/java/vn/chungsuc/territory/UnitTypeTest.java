package vn.chungsuc.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitTypeTest {

    @Test
    void aCityIsCentrallyRunAtProvinceLevelAndProvincialAtDistrictLevel() {
        assertThat(UnitType.fromGso(UnitLevel.PROVINCE, "thanh-pho")).contains(UnitType.CENTRAL_CITY);
        assertThat(UnitType.fromGso(UnitLevel.DISTRICT, "thanh-pho")).contains(UnitType.PROVINCIAL_CITY);
    }

    @Test
    void everyGsoTypeOfTheCatalogueMapsToATypeOfItsLevel() {
        assertThat(UnitType.fromGso(UnitLevel.PROVINCE, "tinh")).contains(UnitType.PROVINCE);
        assertThat(UnitType.fromGso(UnitLevel.DISTRICT, "quan")).contains(UnitType.URBAN_DISTRICT);
        assertThat(UnitType.fromGso(UnitLevel.DISTRICT, "huyen")).contains(UnitType.RURAL_DISTRICT);
        assertThat(UnitType.fromGso(UnitLevel.DISTRICT, "thi-xa")).contains(UnitType.DISTRICT_TOWN);
        assertThat(UnitType.fromGso(UnitLevel.COMMUNE, "xa")).contains(UnitType.COMMUNE);
        assertThat(UnitType.fromGso(UnitLevel.COMMUNE, "phuong")).contains(UnitType.WARD);
        assertThat(UnitType.fromGso(UnitLevel.COMMUNE, "thi-tran")).contains(UnitType.TOWNSHIP);
        assertThat(UnitType.fromGso(UnitLevel.COMMUNE, "dac-khu")).contains(UnitType.SPECIAL_ZONE);
    }

    @Test
    void aTypeOfAnotherLevelOrAnUnknownTypeIsNotAccepted() {
        assertThat(UnitType.fromGso(UnitLevel.DISTRICT, "phuong")).isEmpty();
        assertThat(UnitType.fromGso(UnitLevel.COMMUNE, "lang")).isEmpty();
        assertThat(UnitType.fromGso(UnitLevel.COMMUNE, null)).isEmpty();
    }

    @Test
    void theFullNamePutsTheVietnameseKindBeforeTheName() {
        assertThat(UnitType.WARD.fullName("Ba Đình")).isEqualTo("Phường Ba Đình");
        assertThat(UnitType.QUARTER.fullName("3")).isEqualTo("Khu phố 3");
        assertThat(UnitType.RESIDENTIAL_GROUP.fullName("5")).isEqualTo("Tổ dân phố 5");
        assertThat(UnitType.COUNTRY.fullName("Việt Nam")).isEqualTo("Việt Nam");
    }

    @Test
    void thonAndXomAreRuralKhuPhoAndToDanPhoUrban() {
        assertThat(UnitType.VILLAGE.rural()).isTrue();
        assertThat(UnitType.HAMLET.rural()).isTrue();
        assertThat(UnitType.QUARTER.urban()).isTrue();
        assertThat(UnitType.RESIDENTIAL_GROUP.urban()).isTrue();
        assertThat(UnitType.WARD.urban()).isTrue();
        assertThat(UnitType.COMMUNE.rural()).isTrue();
        assertThat(UnitType.SPECIAL_ZONE.setting()).isEqualTo(Setting.ISLAND);
    }

    @Test
    void residentialAreasAreTheLowestLevel() {
        for (UnitType t : UnitType.values()) {
            assertThat(t.level().depth()).isBetween(0, UnitLevel.RESIDENTIAL_AREA.depth());
        }
        assertThat(UnitType.HAMLET.level()).isEqualTo(UnitLevel.RESIDENTIAL_AREA);
    }

    @Test
    void aVersionIsValidFromItsFirstDayUntilTheDayBeforeItsEnd() {
        UnitView v = new UnitView("14827", "Hà Lan", UnitType.COMMUNE, "381", "/VN/38/381/14827/",
                java.time.LocalDate.of(2015, 1, 1), java.time.LocalDate.of(2019, 12, 1));
        assertThat(v.validOn(java.time.LocalDate.of(2015, 1, 1))).isTrue();
        assertThat(v.validOn(java.time.LocalDate.of(2019, 11, 30))).isTrue();
        assertThat(v.validOn(java.time.LocalDate.of(2019, 12, 1))).isFalse();
        assertThat(v.pathCodes()).containsExactly("VN", "38", "381", "14827");
    }
}
