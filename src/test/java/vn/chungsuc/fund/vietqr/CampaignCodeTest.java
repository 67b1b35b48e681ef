package vn.chungsuc.fund.vietqr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.chungsuc.shared.problem.Refused;

class CampaignCodeTest {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String CODE_ALPHABET = CampaignCode.ALPHABET;

    @Test
    void aCodeIsPrefixBodyAndCheck() {
        CampaignCode code = CampaignCode.of("25a7");
        assertThat(code.value()).hasSize(8).startsWith("VNN25A7");
        assertThat(CampaignCode.valid(code.value())).isTrue();
        assertThat(CampaignCode.valid(code.value().toLowerCase())).isTrue();
        assertThat(CampaignCode.forNumber(0).value()).startsWith("VNN2222");
        assertThat(CampaignCode.forNumber(31L * 31 * 31 * 31 * 31).value()).startsWith("VNN322222").hasSize(10);
        assertThat(java.util.stream.LongStream.range(0, 20_000).mapToObj(n -> CampaignCode.forNumber(n).value())
                .distinct().count()).isEqualTo(20_000);
        assertThatThrownBy(() -> CampaignCode.of("25A")).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> CampaignCode.of("2O5A")).as("O is not a code character").isInstanceOf(Refused.class);
        assertThatThrownBy(() -> CampaignCode.of("25A7K99")).isInstanceOf(Refused.class);
    }

    /** Every single wrong character and every swap of two neighbours, on 2,000 random codes, is caught. */
    @Test
    void everySubstitutionAndAdjacentTranspositionIsCaught() {
        Random random = new Random(14);
        int tried = 0;
        for (int k = 0; k < 2000; k++) {
            int len = 4 + random.nextInt(3);
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < len; i++) {
                body.append(CODE_ALPHABET.charAt(random.nextInt(31)));
            }
            String code = CampaignCode.of(body.toString()).value();
            for (int i = 3; i < code.length(); i++) {
                for (char c : ALPHABET.toCharArray()) {
                    if (c != code.charAt(i)) {
                        String typo = code.substring(0, i) + c + code.substring(i + 1);
                        assertThat(CampaignCode.valid(typo)).as("%s -> %s", code, typo).isFalse();
                        tried++;
                    }
                }
                if (i + 1 < code.length() && code.charAt(i) != code.charAt(i + 1)) {
                    String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                    assertThat(CampaignCode.valid(swapped)).as("%s -> %s", code, swapped).isFalse();
                    tried++;
                }
            }
        }
        assertThat(tried).isGreaterThan(300_000);
    }

    @Test
    void foundInTheBanksDescriptionsHoweverTyped() {
        String code = CampaignCode.of("25A7").value();
        String body = code.substring(3, 7);
        char check = code.charAt(7);
        List<String> descriptions = List.of(
                "MBVCB.5213.45946." + code + ".CT tu 0011004123456 NGUYEN VAN AN toi 0011001234567 QUY VI NGUOI NGHEO",
                "MBVCB.5213.45946." + code.toLowerCase() + " gd nguyen van an.CT tu 0011004123456 NGUYEN VAN AN",
                "970436.031224.101500.NGUYEN THI BINH chuyen tien vnn " + body.toLowerCase() + " " + check,
                "Vietinbank;" + "VNN-" + body + "-" + check + ";ung ho quy vi nguoi ngheo",
                "ZaloPay " + code.substring(0, 5) + " " + code.substring(5) + " ủng hộ người nghèo",
                "IBFT " + code + "HO GIA DINH 12");
        for (String d : descriptions) {
            assertThat(CampaignCode.find(d)).as(d).extracting(f -> f.code().value()).containsExactly(code);
        }
        assertThat(CampaignCode.find(descriptions.get(0)).get(0).donorReference()).isNull();
        assertThat(CampaignCode.find(descriptions.get(1)).get(0).donorReference()).isEqualTo("GD NGUYEN VAN AN");
        assertThat(CampaignCode.find(descriptions.get(3)).get(0).donorReference()).isNull();
        assertThat(CampaignCode.find(code + " Lê Thị Hoà xóm 3").get(0).donorReference())
                .isEqualTo("LE THI HOA XOM 3");
    }

    @Test
    void aTypoOrNoCodeFindsNothing() {
        String code = CampaignCode.of("25A7").value();
        String typo = code.substring(0, 4) + (code.charAt(4) == '6' ? '7' : '6') + code.substring(5);
        assertThat(CampaignCode.valid(typo)).isFalse();
        assertThat(CampaignCode.find("MBVCB.1234." + typo + ".CT tu 001 NGUYEN VAN AN")).isEmpty();
        assertThat(CampaignCode.find("ung ho dong bao lu lut VNN")).isEmpty();
        assertThat(CampaignCode.find(null)).isEmpty();
    }

    @Test
    void theMemoOfAQrFitsAndIsFoundAgain() {
        CampaignCode code = CampaignCode.forNumber(777);
        String memo = code.memo("Nguyễn Văn Anh, xóm Đồng Tâm");
        assertThat(memo.length()).isLessThanOrEqualTo(VietQr.MAX_MEMO);
        assertThat(memo).isEqualTo(code.value() + " Nguyen Van Anh");
        assertThat(VietQr.of("970436", "0011001234567", 100_000L, memo).memo()).isEqualTo(memo);
        CampaignCode.Found found = CampaignCode.find("MBVCB.9.%s.CT tu 1 A".formatted(memo)).get(0);
        assertThat(found.code()).isEqualTo(code);
        assertThat(found.donorReference()).isEqualTo("NGUYEN VAN ANH");
    }
}
