package vn.chungsuc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chungsuc.IntegrationTest;

/**
 * Joint documents: the 2017 programme is final with both signers' approvals; a new joint plan needs the Front's
 * and the People's Committee's approval (each by its own side) before it is final, after which it is frozen, in
 * the application and in the database; editing a draft clears its approvals.
 */
@IntegrationTest
class JointDocumentIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private String body(MockHttpServletRequestBuilder request, String user, int status) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "chungsuc"))).andExpect(status().is(status)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long id(String number) {
        return jdbc.sql("select id from plan_joint_document where number = :n").param("n", number)
                .query(Long.class).single();
    }

    private MockHttpServletRequestBuilder draft(String url, String number, String frontSigner) {
        return post(url).with(csrf()).param("kind", "PLAN").param("number", number)
                .param("title", "Kế hoạch liên tịch tổng kết 4 năm").param("unit", "381").param("datedOn", "2020-10-01")
                .param("governmentName", "Ủy ban nhân dân thị xã Bỉm Sơn")
                .param("governmentSigner", "Chủ tịch UBND thị xã").param("frontBody", "381-MTTQ")
                .param("frontSigner", frontSigner);
    }

    @Test
    void theProgrammeIsAFinalJointDocumentWithBothApprovals() throws Exception {
        assertThat(body(get("/plan/joint"), "mttq", 200)).contains("1995/CTrPH-UBND-UB.MTTQ", "Đã hoàn thành",
                "KHLT-2018/UBND-MTTQ", "Dự thảo");
        long programme = id("1995/CTrPH-UBND-UB.MTTQ");
        String page = body(get("/plan/joint/" + programme), "mttq", 200);
        assertThat(page).contains("Ủy ban nhân dân thị xã Bỉm Sơn", "Ủy ban MTTQ Việt Nam thị xã Bỉm Sơn",
                "Đã phê duyệt: admin", "Đã phê duyệt: mttq", "id=\"frozen\"").doesNotContain("approve-FRONT");
        mvc.perform(post("/plan/joint/" + programme + "/approve").param("side", "FRONT").with(csrf())
                .with(httpBasic("mttq", "chungsuc")))
                .andExpect(r -> assertThat(r.getFlashMap().get("errors").toString()).contains("đã hoàn thành"));
        assertThatThrownBy(() -> jdbc.sql("update plan_joint_document set title = 'x' where id = :id")
                .param("id", programme).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from plan_joint_approval where document_id = :id")
                .param("id", programme).update()).isInstanceOf(DataAccessException.class);
        assertThat(body(get("/plan/joint"), "badinh", 200)).contains("id=\"empty\"");
        body(get("/plan/joint/" + programme), "badinh", 403);
    }

    @Test
    void eachSideApprovesForItsSignerAndTheSecondApprovalMakesTheDocumentFinal() throws Exception {
        assertThat(body(draft("/plan/joint", "", ""), "mttq", 200)).contains("id=\"errors\"", "Nhập số, ký hiệu",
                "Nhập người ký");
        body(draft("/plan/joint", "KHLT-2020/UBND-MTTQ", "Chủ tịch UBMTTQ thị xã"), "mttq", 302);
        long id = id("KHLT-2020/UBND-MTTQ");
        body(post("/plan/joint/" + id + "/approve").param("side", "FRONT").with(csrf()), "mttq", 302);
        String half = body(get("/plan/joint/" + id), "mttq", 200);
        assertThat(half).contains("Dự thảo", "Đã phê duyệt: mttq", "Chưa phê duyệt").doesNotContain("approve-GOVERNMENT");
        body(post("/plan/joint/" + id + "/approve").param("side", "GOVERNMENT").with(csrf()), "mttq", 403);

        // editing the draft clears the approval given
        body(draft("/plan/joint/" + id, "KHLT-2020/UBND-MTTQ", "Phó Chủ tịch UBMTTQ thị xã"), "mttq", 302);
        assertThat(jdbc.sql("select count(*) from plan_joint_approval where document_id = :id").param("id", id)
                .query(Integer.class).single()).isZero();
        body(post("/plan/joint/" + id + "/approve").param("side", "FRONT").with(csrf()), "mttq", 302);
        body(post("/plan/joint/" + id + "/approve").param("side", "GOVERNMENT").with(csrf()), "admin", 302);
        String fin = body(get("/plan/joint/" + id), "mttq", 200);
        assertThat(fin).contains("Đã hoàn thành", "Phó Chủ tịch UBMTTQ thị xã", "Đã phê duyệt: admin",
                "id=\"frozen\"").doesNotContain("id=\"edit\"");
        body(draft("/plan/joint/" + id, "KHLT-2020/UBND-MTTQ", "Ai đó"), "mttq", 400);
        assertThat(jdbc.sql("select front_signer from plan_joint_document where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("Phó Chủ tịch UBMTTQ thị xã");
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type = 'plan.joint' and "
                + "entity_id = :id and action = 'APPROVE'").param("id", String.valueOf(id)).query(Integer.class)
                .single()).isEqualTo(3);
    }
}
