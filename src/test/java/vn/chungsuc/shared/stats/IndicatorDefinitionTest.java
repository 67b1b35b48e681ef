package vn.chungsuc.shared.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorDefinitionTest {

    @Test
    void aModulesDefinitionsAreReadFromItsDataFileSortedByCode() {
        List<IndicatorDefinition> recognition = IndicatorDefinition.read("indicators/recognition.properties");
        assertThat(recognition).extracting(IndicatorDefinition::code)
                .containsExactly("civilised-wards", "cultural-areas", "cultural-families", "ntm-communes");
        IndicatorDefinition families = recognition.get(2);
        assertThat(families.computed()).isTrue();
        assertThat(families.enteredAtResidentialArea()).isTrue();
        assertThat(families.name()).isEqualTo("Hộ gia đình đạt chuẩn văn hóa");
        assertThat(families.recordsLink()).isEqualTo("/recognition/titles?unit={unit}&asOf={asOf}&title=CULTURAL_FAMILY");
        assertThat(recognition.get(3).enteredAtResidentialArea()).isFalse();
    }

    @Test
    void aComputedIndicatorWithoutItsMetricIsRefused() {
        assertThatThrownBy(() -> new IndicatorDefinition("x", "X", true, false, "n", "d", true, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numerator metric");
        assertThatThrownBy(() -> new IndicatorDefinition("Bad Code", "X", false, false, "n", "d", true, null, null,
                null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingFileIsAnError() {
        assertThatThrownBy(() -> IndicatorDefinition.read("indicators/none.properties"))
                .isInstanceOf(IllegalStateException.class);
    }
}
