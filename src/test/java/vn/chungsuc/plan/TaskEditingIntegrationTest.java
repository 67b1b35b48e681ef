package vn.chungsuc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.campaign.CampaignApi;

/**
 * The Front adds, edits and removes tasks (audited, refused input saves nothing, removal confirmed); the tasks API's
 * unit filter follows the unit tree's lineage; evidence files are checked by their content and links stay inside
 * the application. The task made here is removed before the test ends, so the demo's 44 tasks stay as they are.
 */
@IntegrationTest
class TaskEditingIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired CampaignApi campaign;
    @Autowired JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    private long seed() {
        return campaign.programmes().stream().filter(p -> p.number().equals("1995/CTrPH-UBND-UB.MTTQ"))
                .findFirst().orElseThrow().id();
    }

    private long taskId(String number) {
        return jdbc.sql("select id from plan_task where programme_id = :p and number = :n").param("p", seed())
                .param("n", number).query(Long.class).single();
    }

    private String body(MockHttpServletRequestBuilder request, String user, int status) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "chungsuc"))).andExpect(status().is(status)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder form(String url, String number, String units, String weight) {
        return post(url).with(csrf()).param("parent", String.valueOf(taskId("VI.1.1"))).param("number", number)
                .param("title", "Hướng dẫn phường Ba Đình tổ chức điểm khu dân cư kiểu mẫu")
                .param("leadBody", "381-VHTT").param("cooperating", "381-MTTQ").param("contentArea", "2")
                .param("units", units).param("recurrence", "NONE").param("due", "2018-12-31")
                .param("yearFrom", "2018").param("yearTo", "2018").param("weight", weight);
    }

    private JsonNode tasks(String query) throws Exception {
        return json.readTree(body(get("/api/v1/programmes/" + seed() + "/tasks" + query), "mttq", 200));
    }

    private int count() {
        return jdbc.sql("select count(*) from plan_task where programme_id = :p").param("p", seed())
                .query(Integer.class).single();
    }

    @Test
    void theFrontAddsEditsAndRemovesATaskAndTheUnitFilterFollowsTheLineage() throws Exception {
        int before = count();
        String base = "/plan/" + seed() + "/tasks";
        assertThat(body(get(base + "/new"), "mttq", 200)).contains("id=\"task-form\"", "Phòng Văn hóa và Thông tin");
        body(get(base + "/new"), "vhtt", 403);
        body(form(base, "VI.1.1.9", "14812", "3"), "vhtt", 403);

        // refused: a number in use, a weight out of bounds, an unknown unit; nothing saved
        String refused = body(form(base, "VI.1.1.1", "99999", "0"), "mttq", 200);
        assertThat(refused).contains("id=\"errors\"", "Chương trình đã có mục VI.1.1.1", "Trọng số là một số nguyên",
                "Không có đơn vị mã 99999");
        assertThat(count()).isEqualTo(before);
        String dueLate = body(form(base, "VI.1.1.9", "14812", "3").param("due", "2031-01-01"), "mttq", 200);
        assertThat(dueLate).contains("Thời hạn phải là một ngày trong giai đoạn");

        mvc.perform(form(base, "VI.1.1.9", "14812", "3").with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().is3xxRedirection());
        long id = taskId("VI.1.1.9");
        try {
            assertThat(count()).isEqualTo(before + 1);
            JsonNode created = tasks("?unit=14812&year=2018");
            assertThat(created.findValuesAsText("number")).contains("VI.1.1.9");
            // the ward formed in 2025 from Ba Đình, Lam Sơn and Đông Sơn finds the task that covered Ba Đình
            assertThat(tasks("?unit=38-BS").findValuesAsText("number")).contains("VI.1.1.9");
            // a sibling ward of the same merger does not
            assertThat(tasks("?unit=14815&year=2018").findValuesAsText("number")).doesNotContain("VI.1.1.9");
            // the group rolls up with the new weight shown
            assertThat(body(get("/plan/tasks/" + taskId("VI.1.1")), "mttq", 200)).contains("3 × 0 %");
            assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type = 'plan.task' and "
                    + "entity_id = :id and action = 'CREATE'").param("id", String.valueOf(id)).query(Integer.class)
                    .single()).isEqualTo(1);

            // edited to cover today's phường Bỉm Sơn: found again with Ba Đình in 2018 (the reverse)
            assertThat(body(get("/plan/tasks/" + id + "/edit"), "mttq", 200)).contains("VI.1.1.9");
            mvc.perform(form("/plan/tasks/" + id, "VI.1.1.9", "38-BS", "2").with(httpBasic("mttq", "chungsuc")))
                    .andExpect(status().is3xxRedirection());
            assertThat(tasks("?unit=14812&year=2018").findValuesAsText("number")).contains("VI.1.1.9");
            assertThat(jdbc.sql("select weight from plan_task where id = :id").param("id", id).query(Integer.class)
                    .single()).isEqualTo(2);
            String audit = jdbc.sql("select old_value::text || new_value::text from shared_audit_entry where "
                    + "entity_type = 'plan.task' and entity_id = :id and action = 'UPDATE'")
                    .param("id", String.valueOf(id)).query(String.class).single();
            assertThat(audit).contains("14812", "38-BS");

            // a group with tasks under it is not removed
            assertThat(body(post("/plan/tasks/" + taskId("VI.1.1") + "/delete").param("confirm", "yes")
                    .with(csrf()), "mttq", 200)).contains("còn 3 nhiệm vụ con");
            // removal asks first
            assertThat(body(get("/plan/tasks/" + id + "/delete"), "mttq", 200)).contains("id=\"confirm-text\"");
            body(post("/plan/tasks/" + id + "/delete").with(csrf()), "mttq", 302);
            assertThat(count()).isEqualTo(before + 1);
            body(post("/plan/tasks/" + id + "/delete").param("confirm", "yes").with(csrf()), "vhtt", 403);
            body(post("/plan/tasks/" + id + "/delete").param("confirm", "yes").with(csrf()), "mttq", 302);
            assertThat(count()).isEqualTo(before);
            assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type = 'plan.task' and "
                    + "entity_id = :id and action = 'DELETE'").param("id", String.valueOf(id)).query(Integer.class)
                    .single()).isEqualTo(1);
        } finally {
            jdbc.sql("delete from plan_task where id = :id").param("id", id).update();
        }
    }

    @Test
    void evidenceIsCheckedByItsContentAndLinksStayInsideTheApplication() throws Exception {
        long task = taskId("VI.1.2.3");
        String url = "/plan/tasks/" + task + "/progress";
        MockMultipartFile fake = new MockMultipartFile("files", "bien-ban.pdf", "application/pdf",
                "MZ not a pdf at all".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart(url).file(fake).param("period", "2020").param("percent", "100").param("state", "DONE")
                .with(csrf()).with(httpBasic("ldtbxh", "chungsuc")))
                .andExpect(r -> assertThat((String) r.getFlashMap().get("error")).contains("bien-ban.pdf",
                        "theo nội dung"));
        for (String link : new String[] {"https://example.com/x", "//evil.example/x", "/\\evil", "/a/../../x"}) {
            mvc.perform(multipart(url).param("period", "2020").param("percent", "100").param("state", "DONE")
                    .param("link", link).with(csrf()).with(httpBasic("ldtbxh", "chungsuc")))
                    .andExpect(r -> assertThat((String) r.getFlashMap().get("error")).as(link)
                            .contains("bắt đầu bằng /"));
        }
        // a PNG sent as "text/plain" is kept as the PNG it is
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0, 'I', 'E', 'N', 'D', 0, 0, 0, 0};
        mvc.perform(multipart(url).file(new MockMultipartFile("files", "anh.txt", "text/plain", png))
                .param("period", "2020").param("percent", "100").param("state", "DONE").with(csrf())
                .with(httpBasic("ldtbxh", "chungsuc"))).andExpect(r -> assertThat(r.getFlashMap().get("error"))
                        .isNull());
        assertThat(jdbc.sql("""
                select e.content_type from plan_evidence e join plan_progress r on r.id = e.progress_id
                where r.task_id = :t and e.name = 'anh.txt'""").param("t", task).query(String.class).single())
                .isEqualTo("image/png");
    }
}
