package vn.chungsuc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code ?lang=en} the answers that used to be Java literals (a poverty decision's rule and reasons, the API's
 * refusals of a bad parameter or date) read in English; without it, in Vietnamese.
 */
@IntegrationTest
class EnglishInterfaceIntegrationTest {

    private static final String VIETNAMESE = "[à-ỹÀ-Ỹđ]";

    @Autowired MockMvc mvc;
    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode call(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult r = mvc.perform(request.with(httpBasic("admin", "chungsuc"))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(status);
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpServletRequestBuilder classify() {
        return post("/api/v1/poverty/classify").contentType(MediaType.APPLICATION_JSON).content("""
                {"standard": "QD59_2015", "area": "RURAL", "monthlyIncomePerPerson": 800000,
                 "deprivations": ["HEALTH_INSURANCE", "LATRINE", "WATER_SOURCE"]}""");
    }

    @Test
    void aPovertyDecisionExplainsItselfInTheRequestsLanguage() throws Exception {
        JsonNode vi = call(classify(), 200);
        assertThat(vi.get("rule").asString()).isEqualTo("Hộ nghèo: thu nhập trên chuẩn nghèo đến chuẩn cận nghèo "
                + "và thiếu hụt từ 3 chỉ số trở lên");
        assertThat(vi.get("reasons").get(0).asString())
                .isEqualTo("Thu nhập bình quân 800.000 đ/người/tháng > chuẩn nghèo 700.000 đ/người/tháng "
                        + "(nông thôn, QD59_2015)");

        JsonNode en = call(classify().param("lang", "en"), 200);
        assertThat(en.get("result").asString()).isEqualTo("POOR");
        assertThat(en.get("rule").asString()).isEqualTo("Poor household: income above the poverty line up to the "
                + "near-poverty line and lacking 3 or more indicators");
        assertThat(en.get("reasons").get(0).asString()).isEqualTo("Average income 800.000 VND/person/month > "
                + "the poverty line 700.000 VND/person/month (rural, QD59_2015)");
        assertThat(en.get("reasons").get(2).asString()).startsWith("Lacks 3 basic social service indicators");
    }

    @Test
    void aBadParameterIsRefusedInEnglish() throws Exception {
        JsonNode en = call(get("/api/v1/units").param("q", "a").param("page", "abc").param("lang", "en"), 400);
        assertThat(en.get("errors").get(0).get("field").asString()).isEqualTo("page");
        assertThat(en.get("errors").get(0).get("message").asString()).contains("page").doesNotContainPattern(VIETNAMESE);
        assertThat(en.get("title").asString()).doesNotContainPattern(VIETNAMESE);

        JsonNode vi = call(get("/api/v1/units").param("q", "a").param("page", "abc"), 400);
        assertThat(vi.get("errors").get(0).get("message").asString()).contains("số nguyên");
    }

    @Test
    void aDateThatIsNoDateIsRefusedInEnglish() throws Exception {
        JsonNode en = call(get("/api/v1/households").param("asOf", "31/02/2017").param("lang", "en"), 400);
        assertThat(en.get("errors").get(0).get("field").asString()).isEqualTo("asOf");
        assertThat(en.toString()).doesNotContainPattern(VIETNAMESE);
    }
}
