package vn.chungsuc.fund.vietqr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;

/** The VietQR API for any account: payload, image, refusals in Vietnamese, signed-in users only. */
@IntegrationTest
class VietQrApiIntegrationTest {

    @Autowired MockMvc mvc;
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode get200(String query, String user) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/fund/vietqr" + query).with(httpBasic(user, "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void payloadDecodesToWhatWasAsked() throws Exception {
        JsonNode r = get200("?bankBin=970436&account=0011001234567&amount=500.000&purpose=Ủng hộ VNN25A7K", "mttq");
        String payload = r.get("payload").asText();
        assertThat(r.get("bank").asText()).isEqualTo("Vietcombank");
        assertThat(r.get("dynamic").asBoolean()).isTrue();
        assertThat(VietQr.decode(payload)).isEqualTo(new VietQr("970436", "0011001234567", 500_000L,
                "Ung ho VNN25A7K"));
        JsonNode stat = get200("?bankBin=970405&account=3500205123456", "kp1badinh");
        assertThat(stat.get("payload").asText()).startsWith("000201010211");
    }

    @Test
    void pngDecodesBackToThePayload() throws Exception {
        String query = "?bankBin=970415&account=108000123456&amount=200000&purpose=VNN25A7K";
        String payload = get200(query, "mttq").get("payload").asText();
        var response = mvc.perform(get("/api/v1/fund/vietqr.png" + query).with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("image/png");
        var image = ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        assertThat(read).isEqualTo(payload);
    }

    @Test
    void refusalsNameTheFieldInVietnamese() throws Exception {
        String body = mvc.perform(get("/api/v1/fund/vietqr?bankBin=123&account=00-11&amount=0&purpose="
                + "a".repeat(26)).with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode errors = json.readTree(body).get("errors");
        assertThat(errors.findValuesAsText("field")).containsExactly("bankBin", "account", "amount", "purpose");
        assertThat(body).contains("Mã BIN ngân hàng phải gồm đúng 6 chữ số").contains("tối đa 25 ký tự");
        String unknown = mvc.perform(get("/api/v1/fund/vietqr?bankBin=999999&account=1")
                .with(httpBasic("mttq", "chungsuc"))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(unknown).contains("999999").contains("NAPAS");
        mvc.perform(get("/api/v1/fund/vietqr?amount=1e9&bankBin=970436&account=1").with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/fund/vietqr.png?bankBin=970436&account=1&size=5000")
                .with(httpBasic("mttq", "chungsuc"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/fund/vietqr.png?bankBin=97043&account=1")
                .with(httpBasic("mttq", "chungsuc"))).andExpect(status().isBadRequest());
    }

    @Test
    void anonymousIsTurnedAway() throws Exception {
        mvc.perform(get("/api/v1/fund/vietqr?bankBin=970436&account=1")).andExpect(status().isUnauthorized());
    }
}
