package vn.chungsuc.plan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.chungsuc.IntegrationTest;

/**
 * Issue 15 item 5: the demo's reviews of 2018, 2019 and 2020 and inspections with an overdue follow-up; the Front
 * records an inspection with a follow-up and closes it (audited, not twice); awards decided at a review go to the
 * register and are listed there; refusals and who may.
 */
@IntegrationTest
class ReviewIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private String page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, "chungsuc"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long programme() {
        return jdbc.sql("select id from campaign_programme where number = '1995/CTrPH-UBND-UB.MTTQ'")
                .query(Long.class).single();
    }

    @Test
    void theDemoHoldsTheReviewsOf2018To2020AndAnOverdueFollowUp() throws Exception {
        String list = page("/plan/reviews", "mttq");
        assertThat(list).contains("Sơ kết 2 năm", "Sơ kết 3 năm", "Tổng kết", "2017-2018", "2017-2019", "2017-2020",
                "Kiểm tra, sơ kết, đánh giá 3 năm triển khai thực hiện CVĐ", "Kiểm tra kỳ 2020-H1", "1 việc chưa xong");
        long open = jdbc.sql("""
                select i.id from plan_inspection i join plan_followup f on f.inspection_id = i.id
                where i.period = '2020-H1' and f.closed_on is null""").query(Long.class).list().get(0);
        assertThat(page("/plan/inspections/" + open, "vhtt")).contains("Quá hạn", "UBND xã Quang Trung",
                "Phường Ba Đình");
        mvc.perform(get("/plan/reviews").with(httpBasic("kp1badinh", "chungsuc"))).andExpect(status().isForbidden());

        long finalReview = jdbc.sql("select id from plan_review where kind = 'FINAL'").query(Long.class).single();
        assertThat(page("/plan/reviews/" + finalReview, "mttq")).contains("Tổng kết 4 năm");
        MvcResult award = mvc.perform(post("/plan/reviews/" + finalReview + "/awards").param("form", "BANG_KHEN")
                .param("issuerUnit", "381").param("decisionNumber", "77/QĐ-UBND-TK")
                .param("decisionDate", "2020-12-22").param("achievement", "Tiêu biểu giai đoạn 2017–2020 (kiểm thử)")
                .param("period", "2017-2020").param("recipientKind", "COLLECTIVE")
                .param("recipientName", "Khu phố 2, phường Ba Đình").with(httpBasic("mttq", "chungsuc"))
                .with(csrf())).andReturn();
        assertThat(award.getFlashMap().get("error")).isNull();
        assertThat(page("/plan/reviews/" + finalReview, "mttq")).contains("77/QĐ-UBND-TK",
                "Khu phố 2, phường Ba Đình");
        mvc.perform(post("/plan/reviews/" + finalReview + "/awards").param("form", "BANG_KHEN")
                .with(httpBasic("badinh", "chungsuc")).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void theFrontRecordsAnInspectionWithAFollowUpAndClosesIt() throws Exception {
        long p = programme();
        MvcResult bad = mvc.perform(post("/plan/inspections").param("programme", String.valueOf(p))
                .param("period", "2030").param("team", "").param("heldOn", "2019-07-01").param("units", "nope")
                .with(httpBasic("mttq", "chungsuc")).with(csrf())).andReturn();
        assertThat((String) bad.getFlashMap().get("error")).contains("Kỳ kiểm tra phải", "thành phần đoàn",
                "Không có đơn vị mã nope");
        mvc.perform(post("/plan/inspections").param("programme", String.valueOf(p)).param("period", "2019-H1")
                .param("team", "x").param("heldOn", "2019-07-01").param("units", "14812")
                .with(httpBasic("badinh", "chungsuc")).with(csrf())).andExpect(status().isForbidden());

        MvcResult made = mvc.perform(post("/plan/inspections").param("programme", String.valueOf(p))
                .param("period", "2019-H1").param("team", "Đoàn kiểm tra kiểm thử").param("heldOn", "2019-07-02")
                .param("findings", "Kết quả kiểm thử").param("units", "14812, 14815")
                .with(httpBasic("mttq", "chungsuc")).with(csrf())).andReturn();
        String at = made.getResponse().getRedirectedUrl();
        assertThat(at).startsWith("/plan/inspections/");
        long id = Long.parseLong(at.substring(at.lastIndexOf('/') + 1));
        assertThat(page(at, "mttq")).contains("Đoàn kiểm tra kiểm thử", "Phường Ba Đình", "Phường Lam Sơn");

        mvc.perform(post(at + "/followups").param("title", "Việc kiểm thử").param("owner", "UBND phường Ba Đình")
                .param("dueOn", "2019-09-30").with(httpBasic("mttq", "chungsuc")).with(csrf()));
        long f = jdbc.sql("select id from plan_followup where inspection_id = :i").param("i", id).query(Long.class)
                .single();
        assertThat(page(at, "mttq")).contains("Việc kiểm thử", "Quá hạn");
        mvc.perform(post("/plan/followups/" + f + "/close").param("inspection", String.valueOf(id))
                .param("closedOn", "2019-09-20").param("note", "Đã làm").with(httpBasic("mttq", "chungsuc"))
                .with(csrf()));
        assertThat(page(at, "mttq")).contains("Đã xong ngày 20/09/2019").doesNotContain("Quá hạn");
        MvcResult again = mvc.perform(post("/plan/followups/" + f + "/close").param("inspection", String.valueOf(id))
                .with(httpBasic("mttq", "chungsuc")).with(csrf())).andReturn();
        assertThat((String) again.getFlashMap().get("error")).isEqualTo("Việc này đã xong ngày 20/09/2019.");
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type in ('plan.inspection', "
                + "'plan.followup') and entity_id in (:i, :f)").param("i", String.valueOf(id))
                .param("f", String.valueOf(f)).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }
}
