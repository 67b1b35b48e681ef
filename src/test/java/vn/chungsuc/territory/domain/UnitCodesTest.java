package vn.chungsuc.territory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chungsuc.territory.UnitLevel;

class UnitCodesTest {

    @Test
    void officialCodesHaveTwoThreeOrFiveDigitsByLevel() {
        assertThat(UnitCodes.fits(UnitLevel.PROVINCE, "38")).isTrue();
        assertThat(UnitCodes.fits(UnitLevel.DISTRICT, "381")).isTrue();
        assertThat(UnitCodes.fits(UnitLevel.COMMUNE, "14812")).isTrue();
        assertThat(UnitCodes.fits(UnitLevel.COMMUNE, "1481")).isFalse();
        assertThat(UnitCodes.fits(UnitLevel.DISTRICT, "38")).isFalse();
    }

    @Test
    void aCommuneWithoutAnOfficialCodeTakesItsProvinceCodeAndLetters() {
        assertThat(UnitCodes.fits(UnitLevel.COMMUNE, "38-BS")).isTrue();
        assertThat(UnitCodes.official(UnitLevel.COMMUNE, "38-BS")).isFalse();
    }

    @Test
    void aResidentialAreaTakesItsCommuneCodeAndASequenceNumber() {
        assertThat(UnitCodes.fits(UnitLevel.RESIDENTIAL_AREA, "14812-01")).isTrue();
        assertThat(UnitCodes.fits(UnitLevel.RESIDENTIAL_AREA, "38-BS-07")).isTrue();
        assertThat(UnitCodes.fits(UnitLevel.RESIDENTIAL_AREA, "14812")).isFalse();
        assertThat(UnitCodes.fits(UnitLevel.RESIDENTIAL_AREA, "14812-1")).isFalse();
    }

    @Test
    void codesTypedInLowerCaseOrWithSpacesAreNormalised() {
        assertThat(UnitCodes.normalise(" 38-bs ")).isEqualTo("38-BS");
        assertThat(UnitCodes.normalise("vn")).isEqualTo("VN");
    }
}
