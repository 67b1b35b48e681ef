package vn.chungsuc.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chungsuc.shared.text.AmountInWords;

class AmountInWordsTest {

    @Test
    void aZeroHundredsInsideTheNumberIsReadKhongTramAndAZeroTensLinh() {
        assertThat(AmountInWords.dong(1_005_000)).isEqualTo("Một triệu không trăm linh năm nghìn đồng");
    }

    @Test
    void emptyGroupsBetweenTyAndTheUnitsAreSkipped() {
        assertThat(AmountInWords.dong(1_000_000_001L)).isEqualTo("Một tỷ không trăm linh một đồng");
    }

    @Test
    void oneAfterATensDigitOfTwoOrMoreIsMot() {
        assertThat(AmountInWords.dong(21)).isEqualTo("Hai mươi mốt đồng");
    }

    @Test
    void fiveAfterTheTensDigitOneIsLam() {
        assertThat(AmountInWords.dong(15)).isEqualTo("Mười lăm đồng");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "0|Không đồng",
        "5|Năm đồng",
        "10|Mười đồng",
        "11|Mười một đồng",
        "14|Mười bốn đồng",
        "20|Hai mươi đồng",
        "24|Hai mươi tư đồng",
        "25|Hai mươi lăm đồng",
        "101|Một trăm linh một đồng",
        "105|Một trăm linh năm đồng",
        "110|Một trăm mười đồng",
        "115|Một trăm mười lăm đồng",
        "1000|Một nghìn đồng",
        "1001|Một nghìn không trăm linh một đồng",
        "1010|Một nghìn không trăm mười đồng",
        "50000|Năm mươi nghìn đồng",
        "200000|Hai trăm nghìn đồng",
        "1234567|Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng",
        "10000000|Mười triệu đồng",
        "1000000000|Một tỷ đồng",
        "1000010000|Một tỷ không trăm mười nghìn đồng",
        "21000000000|Hai mươi mốt tỷ đồng",
        "1000000000000|Một nghìn tỷ đồng",
        "1500000000000|Một nghìn năm trăm tỷ đồng"
    })
    void readsAmountsAsReceiptsWriteThem(long amount, String words) {
        assertThat(AmountInWords.dong(amount)).isEqualTo(words);
    }

    @Test
    void aNegativeAmountIsRefused() {
        assertThatThrownBy(() -> AmountInWords.dong(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moneyIsShownWithDotsBetweenThousandsAndTheDongSign() {
        assertThat(Money.of(1_234_567).format()).isEqualTo("1.234.567 đ");
        assertThat(Money.of(0).format()).isEqualTo("0 đ");
        assertThat(Money.of(1_005_000).inWords()).isEqualTo("Một triệu không trăm linh năm nghìn đồng");
    }
}
