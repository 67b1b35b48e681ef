package vn.chungsuc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;

/** The awards register's pages: list, search without diacritics, filters, scope, export, the form's 409, registry. */
@IntegrationTest
class AwardPagesIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private String page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, "chungsuc"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theListSearchesFiltersAndKeepsToTheUsersUnits() throws Exception {
        assertThat(page("/awards?q=ngay hoi dai doan ket", "mttq"))
                .contains("Khu dân cư tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc năm 2019")
                .doesNotContain("1462/QĐ-UBND");
        assertThat(page("/awards?form=CO_THI_DUA", "mttq")).contains("1890/QĐ-UBND").doesNotContain("1250/QĐ-UBND");
        assertThat(page("/awards?period=2017-2018&kind=COLLECTIVE", "mttq")).contains("1250/QĐ-UBND")
                .doesNotContain("1890/QĐ-UBND");
        // the province's award: not in the town Front's units, in the province officer's
        assertThat(page("/awards", "mttq")).doesNotContain("4120/QĐ-UBND");
        assertThat(page("/awards", "tinh")).contains("4120/QĐ-UBND");
        mvc.perform(get("/awards").with(httpBasic("kp1badinh", "chungsuc"))).andExpect(status().isForbidden());

        byte[] xlsx = mvc.perform(get("/awards/export?form=GIAY_KHEN").with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void theFormRefusesARepeatNamingTheEarlierDecisionAndTheRegistryListsTheAwards() throws Exception {
        Map<String, String> award = Map.of("form", "GIAY_KHEN", "issuerUnit", "381", "decisionNumber", "501/QĐ-UBND",
                "decisionDate", "12/11/2020", "achievement", "Hộ tiêu biểu trong xây dựng nông thôn mới",
                "period", "2020", "recipientKind", "HOUSEHOLD", "recipientName", "Hộ ông Lê Văn Tám, thôn 3");
        var first = post("/awards").with(csrf()).with(httpBasic("mttq", "chungsuc"));
        award.forEach((k, v) -> first.param(k, v));
        mvc.perform(first).andExpect(status().is3xxRedirection());
        var again = post("/awards").with(csrf()).with(httpBasic("mttq", "chungsuc"));
        award.forEach((k, v) -> again.param(k, k.equals("decisionNumber") ? "502/QĐ-UBND" : k.equals("form")
                ? "BANG_KHEN" : v));
        String refused = mvc.perform(again).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("id=\"award-form\"", "501/QĐ-UBND", "12/11/2020", "502/QĐ-UBND");
        assertThat(jdbc.sql("select count(*) from evaluation_award where decision_number like '50_/QĐ-UBND'")
                .query(Integer.class).single()).isEqualTo(1);

        Map<String, Object> person = jdbc.sql("""
                select recipient_id, decision_number from evaluation_award
                where recipient_kind = 'PERSON' and recorded_by = 'demo' order by id limit 1""").query().singleRow();
        assertThat(page("/registry/persons/" + person.get("recipient_id"), "mttq"))
                .contains("id=\"awards-received\"", (String) person.get("decision_number"));
        Map<String, Object> org = jdbc.sql("""
                select recipient_id, decision_number from evaluation_award
                where recipient_kind = 'ORGANISATION' and recorded_by = 'demo' order by id limit 1""").query()
                .singleRow();
        assertThat(page("/registry/organisations/" + org.get("recipient_id"), "mttq"))
                .contains("id=\"awards-received\"", (String) org.get("decision_number"));
    }
}
