package vn.chungsuc.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chungsuc.IntegrationTest;

/** An administrator records a commune's history through the API; each test is rolled back. */
@IntegrationTest
@Transactional
class UnitChangesApiIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;

    @Test
    void anAdministratorRecordsUnitsAndMergesThemIntoANewCommune() throws Exception {
        assertThat(post("admin", "/api/v1/units", """
                {"code": "99", "name": "Thử Nghiệm", "type": "PROVINCE", "parentCode": "VN", "validFrom": "2000-01-01"}
                """).getResponse().getStatus()).isEqualTo(201);
        post("admin", "/api/v1/units", """
                {"code": "999", "name": "Đồng Thử", "type": "RURAL_DISTRICT", "parentCode": "99",
                 "validFrom": "2000-01-01"}""");
        post("admin", "/api/v1/units", """
                {"code": "99901", "name": "An Thử", "type": "COMMUNE", "parentCode": "999", "validFrom": "2000-01-01"}
                """);
        post("admin", "/api/v1/units", """
                {"code": "99902", "name": "Bình Thử", "type": "COMMUNE", "parentCode": "999", "validFrom": "2000-01-01"}
                """);

        MvcResult merged = post("admin", "/api/v1/units/merges", """
                {"sources": ["99901", "99902"],
                 "newUnit": {"code": "99-AB", "name": "An Bình", "type": "COMMUNE", "parentCode": "999"},
                 "effectiveOn": "2020-01-01", "legalBasis": "Nghị quyết thử"}""");
        assertThat(merged.getResponse().getStatus()).isEqualTo(201);
        JsonNode unit = body(merged);
        assertThat(unit.get("fullName").asString()).isEqualTo("Xã An Bình");
        assertThat(unit.get("predecessors")).extracting(p -> p.get("code").asString())
                .containsExactly("99901", "99902");
    }

    @Test
    void aChangeThatCannotBeMadeIsRefusedInVietnamese() throws Exception {
        MvcResult refused = post("admin", "/api/v1/units/merges", """
                {"sources": ["00000"], "into": "14821", "effectiveOn": "2020-01-01"}""");
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(refused).get("detail").asString()).isEqualTo("Không có đơn vị mã “00000” vào ngày 01/01/2020.");
    }

    @Test
    void aRequestWithoutItsDateOrWithTwoTargetsIsABadRequest() throws Exception {
        MvcResult noDate = post("admin", "/api/v1/units/14812/dissolve", "{}");
        assertThat(noDate.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(noDate).get("errors")).extracting(e -> e.get("field").asString()).containsExactly("effectiveOn");

        MvcResult twoTargets = post("admin", "/api/v1/units/merges", """
                {"sources": ["14827"], "into": "14821",
                 "newUnit": {"code": "38-XX", "name": "X", "type": "WARD", "parentCode": "38"},
                 "effectiveOn": "2019-12-01"}""");
        assertThat(twoTargets.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void onlyAnAdministratorMayChangeTheTree() throws Exception {
        assertThat(post("badinh", "/api/v1/units/14812-01/rename", """
                {"name": "Một", "effectiveOn": "2020-01-01"}""").getResponse().getStatus()).isEqualTo(403);
    }

    private MvcResult post(String user, String uri, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(uri)
                .contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic(user, "chungsuc"))).andReturn();
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
