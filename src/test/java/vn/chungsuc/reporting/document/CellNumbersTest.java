package vn.chungsuc.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CellNumbersTest {

    private final CellNumbers vi = new CellNumbers(Locale.forLanguageTag("vi"));

    @Test
    void aColumnOfRatesKeepsEachValuesDecimals() {
        assertThat(vi.format(new BigDecimal("75.0"))).isEqualTo("75,0");
        assertThat(vi.format(new BigDecimal("91.9"))).isEqualTo("91,9");
        assertThat(vi.format(new BigDecimal("80.50"))).isEqualTo("80,50");
    }

    @Test
    void countsHaveThousandsDotsAndNoDecimalsAndLongFractionsStopAtTwo() {
        assertThat(vi.format(BigDecimal.valueOf(12040))).isEqualTo("12.040");
        assertThat(vi.format(new BigDecimal("1.2E+3"))).isEqualTo("1.200");
        assertThat(vi.format(new BigDecimal("3.14159"))).isEqualTo("3,14");
    }
}
