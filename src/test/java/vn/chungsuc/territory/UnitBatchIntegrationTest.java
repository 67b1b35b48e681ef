package vn.chungsuc.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chungsuc.IntegrationTest;

/**
 * A commune's residential areas recorded in one request, really committed (no test transaction, so that a refusal
 * is seen to roll back); the areas are placed under a ward of Hà Nội that no other test counts.
 */
@IntegrationTest
class UnitBatchIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;

    @Test
    void aCommunesAreasAreRecordedTogetherOrNotAtAll() throws Exception {
        MvcResult refused = post("""
                [{"code": "00001-51", "name": "51", "type": "RESIDENTIAL_GROUP", "parentCode": "00001",
                  "validFrom": "2021-01-01"},
                 {"code": "00001-51", "name": "51", "type": "RESIDENTIAL_GROUP", "parentCode": "00001",
                  "validFrom": "2021-01-01"}]""");
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(json.readTree(refused.getResponse().getContentAsString()).get("detail").asString())
                .contains("00001-51");
        assertThat(status("/api/v1/units/00001-51?asOf=2021-06-01")).isEqualTo(404);

        MvcResult added = post("""
                [{"code": "00001-51", "name": "51", "type": "RESIDENTIAL_GROUP", "parentCode": "00001",
                  "validFrom": "2021-01-01"},
                 {"code": "00001-52", "name": "52", "type": "QUARTER", "parentCode": "00001",
                  "validFrom": "2021-01-01"}]""");
        assertThat(added.getResponse().getStatus()).isEqualTo(201);
        JsonNode units = json.readTree(added.getResponse().getContentAsString());
        assertThat(units).extracting(u -> u.get("fullName").asString()).containsExactly("Tổ dân phố 51",
                "Khu phố 52");
        assertThat(status("/api/v1/units/00001-52?asOf=2021-06-01")).isEqualTo(200);

        assertThat(post("[]").getResponse().getStatus()).isEqualTo(400);
    }

    private int status(String uri) throws Exception {
        return mvc.perform(get(uri).with(httpBasic("admin", "chungsuc"))).andReturn().getResponse().getStatus();
    }

    private MvcResult post(String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/api/v1/units/batch").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic("admin", "chungsuc"))).andReturn();
    }
}
