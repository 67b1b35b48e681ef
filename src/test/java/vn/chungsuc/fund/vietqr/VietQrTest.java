package vn.chungsuc.fund.vietqr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.chungsuc.shared.problem.Refused;

class VietQrTest {

    /** The published example of poverty-fund-campaign.md §4b: Vietcombank 970436, 180.000 đ, CRC 70FA. */
    private static final String PUBLISHED = "00020101021238540010A00000072701240006970436011010175956000208QRIBFTTA"
            + "530370454061800005802VN62230819thanh toan don hang6304";

    @Test
    void crcCheckValueIs29B1() {
        assertThat(Crc16.hex("123456789")).isEqualTo("29B1");
    }

    @Test
    void publishedExampleHasCrc70FAAndIsWhatTheEncoderWrites() {
        assertThat(Crc16.hex(PUBLISHED)).isEqualTo("70FA");
        VietQr qr = VietQr.of("970436", "1017595600", 180_000L, "thanh toan don hang");
        assertThat(qr.payload()).isEqualTo(PUBLISHED + "70FA");
        VietQr back = VietQr.decode(PUBLISHED + "70FA");
        assertThat(back).isEqualTo(new VietQr("970436", "1017595600", 180_000L, "thanh toan don hang"));
    }

    @Test
    void staticWithoutAmountDynamicWithAmount() {
        String stat = VietQr.of("970405", "3500205123456", null, null).payload();
        assertThat(stat).startsWith("000201010211").doesNotContain("5802VN62").contains("5303704" + "5802VN6304");
        assertThat(VietQr.decode(stat).amount()).isNull();
        String dyn = VietQr.of("970405", "3500205123456", 500_000L, "VNN25A7K").payload();
        assertThat(dyn).startsWith("000201010212").contains("5406500000").contains("62120808VNN25A7K");
    }

    @Test
    void memoLosesItsDiacriticsAndRefusesOtherCharacters() {
        assertThat(VietQr.of("970436", "0011001234567", 1L, "  Ủng hộ  quỹ Vì người nghèo ").memo())
                .isEqualTo("Ung ho quy Vi nguoi ngheo");
        assertThatThrownBy(() -> VietQr.of("970436", "0011001234567", 1L, "ủng hộ; quỹ"))
                .isInstanceOf(Refused.class).satisfies(e -> assertThat(((Refused) e).field()).isEqualTo("purpose"));
        assertThatThrownBy(() -> VietQr.of("970436", "0011001234567", 1L, "Ủng hộ Quỹ Vì người nghèo 2025"))
                .isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).key()).isEqualTo("fundbank.vietqr.memo.long"));
    }

    @Test
    void boundsAreRefusedFieldByField() {
        assertThatThrownBy(() -> VietQr.of("97043", "00110012345678901234", 0L, null))
                .isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).reasons()).extracting(Refused.Reason::field)
                        .containsExactly("bankBin", "account", "amount"));
        assertThatThrownBy(() -> VietQr.of("970436", "001", VietQr.MAX_AMOUNT + 1, null))
                .isInstanceOf(Refused.class);
        assertThat(VietQr.of("970436", "001", VietQr.MAX_AMOUNT, null).payload())
                .contains("5415999999999999999");
        assertThatThrownBy(() -> VietQr.of("970436", "001-22", 1L, null)).isInstanceOf(Refused.class);
    }

    @Test
    void decoderRefusesBrokenPayloads() {
        String good = VietQr.of("970415", "108000123456", 2_000_000L, "VNN25A7K").payload();
        String lower = good.substring(0, good.length() - 4) + good.substring(good.length() - 4).toLowerCase();
        assertThatThrownBy(() -> VietQr.decode(lower)).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> VietQr.decode("")).isInstanceOf(Refused.class);
        // a foreign GUID with a right CRC is refused on the format
        String foreign = good.replace("A000000727", "A000000999");
        String body = foreign.substring(0, foreign.length() - 4);
        assertThatThrownBy(() -> VietQr.decode(body + Crc16.hex(body)))
                .isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).key()).isEqualTo("fundbank.vietqr.decode.format"));
    }

    @Test
    void pngDecodesBackToThePayload() throws Exception {
        String payload = VietQr.of("970418", "21510001234567", 1_500_000L, "VNN25A7K HO 123").payload();
        byte[] png = VietQrImage.png(payload);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isBetween(290, 310);
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE))
                .getText();
        assertThat(read).isEqualTo(payload);
        assertThat(VietQr.decode(read).memo()).isEqualTo("VNN25A7K HO 123");
    }
}
