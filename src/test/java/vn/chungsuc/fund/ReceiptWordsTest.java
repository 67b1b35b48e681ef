package vn.chungsuc.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chungsuc.fund.domain.ChainHash;
import vn.chungsuc.fund.domain.Ledger;
import vn.chungsuc.shared.text.AmountInWords;

/** A receipt's "Bằng chữ" for any amount it may carry, and the hash that chains the ledger's entries. */
class ReceiptWordsTest {

    @ParameterizedTest(name = "{0} đ")
    @CsvSource(delimiter = '|', value = {
        "0|Không đồng",
        "5|Năm đồng",
        "1500000|Một triệu năm trăm nghìn đồng",
        "80000000|Tám mươi triệu đồng",
        "1000000000005|Một nghìn tỷ không trăm linh năm đồng",
        "100000000000000|Một trăm nghìn tỷ đồng",
        "999000000000000|Chín trăm chín mươi chín nghìn tỷ đồng",
        "999999999999999|Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu "
                + "chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng"
    })
    void receiptsReadEveryAmountFromZeroToTheLargestInWords(long amount, String words) {
        assertThat(AmountInWords.dong(amount)).isEqualTo(words);
    }

    @Test
    void theLargestAmountOfAReceiptIsTheLargestTheWordsRead() {
        assertThat(Ledger.MAX_AMOUNT).isEqualTo(999_999_999_999_999L);
    }

    @Test
    void theHashChangesWithAnyFieldAndWithThePreviousHash() {
        Instant at = Instant.parse("2025-11-18T03:00:00.123456Z");
        LocalDate d = LocalDate.of(2025, 11, 18);
        String h = ChainHash.of(1, 1, d, "CASH", "DONATIONS", 1000, "DONATION", null, "a|b", null, at, "mttq",
                ChainHash.GENESIS);
        assertThat(h).hasSize(64).isEqualTo(ChainHash.of(1, 1, d, "CASH", "DONATIONS", 1000, "DONATION", null, "a|b",
                null, at, "mttq", ChainHash.GENESIS));
        assertThat(h).isNotEqualTo(ChainHash.of(1, 1, d, "CASH", "DONATIONS", 1001, "DONATION", null, "a|b", null,
                at, "mttq", ChainHash.GENESIS));
        // a separator moved between fields does not give the same text
        assertThat(h).isNotEqualTo(ChainHash.of(1, 1, d, "CASH", "DONATIONS", 1000, "DONATION", "a", "b", null, at,
                "mttq", ChainHash.GENESIS));
        assertThat(h).isNotEqualTo(ChainHash.of(1, 1, d, "CASH", "DONATIONS", 1000, "DONATION", null, "a|b", null,
                at, "mttq", "1".repeat(64)));
    }
}
