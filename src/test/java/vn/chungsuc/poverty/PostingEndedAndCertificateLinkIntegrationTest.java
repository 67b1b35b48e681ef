package vn.chungsuc.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.time.Dates;

/**
 * The portal page of a review round whose posting ended (the demo's decided 2025 round of phường Bỉm Sơn) says when
 * the posting ended and where the decided list is, without names; the household page links the certificate only
 * for a user who can open it.
 */
@IntegrationTest
class PostingEndedAndCertificateLinkIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private String page(String path, String user) throws Exception {
        var request = get(path);
        if (user != null) {
            request = request.with(httpBasic(user, "chungsuc"));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anEndedPostingSaysWhenItEndedAndWhereTheDecidedListIs() throws Exception {
        Map<String, Object> r = jdbc.sql("select id, posted_from, decision_number, decided_on from poverty_round "
                + "where commune_code = '38-BS' and year = 2025 and decided_on is not null").query().singleRow();
        long id = ((Number) r.get("id")).longValue();
        String html = page("/public/poverty/" + id, null);
        assertThat(html).contains("id=\"posting-ended\"", "Chung Sức – Trang công khai",
                "Thời gian niêm yết công khai danh sách dự kiến đã kết thúc ngày",
                "Quyết định số " + r.get("decision_number"),
                "ngày " + Dates.show(((java.sql.Date) r.get("decided_on")).toLocalDate()),
                "trụ sở UBND", "Quyết định 24/2021/QĐ-TTg, Điều 4")
                .doesNotContain("id=\"public-list\"");
        // The ended round is not among the lists on posting.
        assertThat(page("/public/poverty", null)).doesNotContain("/public/poverty/" + id + "\"");
        String english = mvc.perform(get("/public/poverty/" + id).param("lang", "en")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("The public posting of the proposed list ended on", "Decision 24/2021/QĐ-TTg, Article 4").doesNotContain("đã kết thúc");
    }

    @Test
    void theCertificateLinkShowsOnlyWhereTheCertificateOpens() throws Exception {
        String code = jdbc.sql("""
                select c.household_code from poverty_classification c join poverty_round r on r.id = c.round_id
                where c.area_code = '14812-01' and c.year = 2025 and c.decided_on is not null
                  and coalesce(c.override_result, c.result) <> 'NOT_POOR' and r.commune_code = '38-BS'
                order by c.household_code limit 1""").query(String.class).single();
        long round = jdbc.sql("select round_id from poverty_classification where household_code = ? and year = 2025")
                .param(code).query(Long.class).single();
        String pdf = "/poverty/rounds/" + round + "/certificates/" + code + ".pdf";
        // The ward officer sees the link, and it opens.
        assertThat(page("/poverty/households/" + code + "?year=2025", "badinh")).contains("id=\"certificate-link\"",
                "href=\"" + pdf + "\"");
        mvc.perform(get(pdf).with(httpBasic("badinh", "chungsuc"))).andExpect(status().isOk());
        // The area head reads the household but cannot open the ward's round: no link to a missing document.
        mvc.perform(get(pdf).with(httpBasic("kp1badinh", "chungsuc"))).andExpect(status().isNotFound());
        assertThat(page("/poverty/households/" + code + "?year=2025", "kp1badinh")).contains(code)
                .doesNotContain("id=\"certificate-link\"");
    }
}
