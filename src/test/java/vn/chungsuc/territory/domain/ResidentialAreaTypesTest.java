package vn.chungsuc.territory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chungsuc.territory.UnitType;

class ResidentialAreaTypesTest {

    @Test
    void aThonMovingIntoAWardBecomesAKhuPho() {
        assertThat(ResidentialAreaTypes.under(UnitType.VILLAGE, UnitType.WARD)).isEqualTo(UnitType.QUARTER);
        assertThat(ResidentialAreaTypes.under(UnitType.HAMLET, UnitType.TOWNSHIP)).isEqualTo(UnitType.QUARTER);
    }

    @Test
    void aKhuPhoMovingIntoACommuneBecomesAThon() {
        assertThat(ResidentialAreaTypes.under(UnitType.QUARTER, UnitType.COMMUNE)).isEqualTo(UnitType.VILLAGE);
    }

    @Test
    void anAreaThatFitsItsNewCommuneKeepsItsKind() {
        assertThat(ResidentialAreaTypes.under(UnitType.RESIDENTIAL_GROUP, UnitType.WARD))
                .isEqualTo(UnitType.RESIDENTIAL_GROUP);
        assertThat(ResidentialAreaTypes.under(UnitType.HAMLET, UnitType.COMMUNE)).isEqualTo(UnitType.HAMLET);
    }

    @Test
    void unitsAboveResidentialAreasAreNeverRetyped() {
        assertThat(ResidentialAreaTypes.under(UnitType.COMMUNE, UnitType.URBAN_DISTRICT)).isEqualTo(UnitType.COMMUNE);
    }
}
