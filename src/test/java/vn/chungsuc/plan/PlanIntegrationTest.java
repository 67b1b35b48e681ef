package vn.chungsuc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.shared.time.TestClock;

/**
 * The seed's sections V and VI as the demo's tasks, the roll-up by the stored formula, overdue tasks, the tasks
 * API with its filters and refusals, who may see and report. The browser test reports on VI.1.1; this class only
 * reports on VI.1.2.3 (for a period already done, so no figure another test reads moves) and reads VI.1.4 and V.
 */
@IntegrationTest
class PlanIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired CampaignApi campaign;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    private final ObjectMapper json = new ObjectMapper();

    private long seed() {
        return campaign.programmes().stream().filter(p -> p.number().equals("1995/CTrPH-UBND-UB.MTTQ"))
                .findFirst().orElseThrow().id();
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> String body(B request, String user, int status)
            throws Exception {
        return mvc.perform(request.with(httpBasic(user, "chungsuc"))).andExpect(status().is(status)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode tasks(String query, String user) throws Exception {
        return json.readTree(body(get("/api/v1/programmes/" + seed() + "/tasks" + query), user, 200));
    }

    private JsonNode task(JsonNode all, String number) {
        for (JsonNode t : all) {
            if (t.get("number").asText().equals(number)) {
                return t;
            }
        }
        throw new AssertionError("no task " + number);
    }

    private long taskId(String number) {
        return jdbc.sql("select id from plan_task where programme_id = :p and number = :n").param("p", seed())
                .param("n", number).query(Long.class).single();
    }

    @Test
    void theDemoHoldsTheSeedsSectionsVAndVIAsTasksWordForWord() throws Exception {
        JsonNode all = tasks("", "mttq");
        List<String> numbers = new ArrayList<>();
        all.forEach(t -> numbers.add(t.get("number").asText()));
        assertThat(numbers).startsWith("V", "V.1", "V.1.1").contains("V.4.1", "VI.1.7.1", "VI.2.4").hasSize(44);
        assertThat(task(all, "V.1.1").get("title").asText()).isEqualTo("Ký kết chương trình liên tịch giữa Ủy ban "
                + "nhân dân Thị xã với Ủy Ban MTTQ Việt Nam Thị xã về xây dựng nông thôn mới, đô thị văn minh và giảm "
                + "nghèo bền vững.");
        assertThat(task(all, "V.3.1").get("title").asText())
                .isEqualTo("Kiểm tra, sơ kết, đánh giá 3 năm triển khai thực hiện CVĐ.");
        assertThat(task(all, "VI.1.1").get("title").asText()).isEqualTo("Phòng Văn hóa - Thông tin.");
        assertThat(task(all, "VI.1.6.2").get("title").asText()).isEqualTo("Hằng năm phối hợp với MTTQ thị xã tổ "
                + "chức tập huấn, xây dựng các mô hình điểm và nhân ra diện rộng.");
        JsonNode culture = task(all, "VI.1.1.2");
        assertThat(culture.get("leadBody").asText()).isEqualTo("Phòng Văn hóa và Thông tin thị xã Bỉm Sơn");
        assertThat(culture.get("cooperatingBodies").get(0).asText()).isEqualTo("Ủy ban MTTQ Việt Nam thị xã Bỉm Sơn");
        assertThat(culture.get("contentArea").asInt()).isEqualTo(2);
        assertThat(culture.get("recurrence").asText()).isEqualTo("YEARLY");
        assertThat(culture.get("due").asText()).isEqualTo("2020-12-31");
        assertThat(culture.get("targets")).hasSize(8);
        JsonNode inspections = task(all, "VI.2.4");
        assertThat(inspections.get("recurrence").asText()).isEqualTo("HALF_YEARLY");
        assertThat(inspections.get("contentArea").isNull()).isTrue();
        assertThat(task(all, "V.2.1").get("due").asText()).isEqualTo("2018-12-31");
        assertThat(task(all, "V.2.1").get("recurrence").asText()).isEqualTo("NONE");
        assertThat(task(all, "VI.1.4.1").get("units")).extracting(JsonNode::asText).containsExactly("14824", "14827");
    }

    @Test
    void aGroupRollsUpByTheWeightedMeanStoredWithThePlanAndThePageShowsEachWeight() throws Exception {
        JsonNode all = tasks("", "mttq");
        // VI.1.4.2 reported 60 % for 2020: the mean of its four years is (100 + 100 + 100 + 60) / 4 = 90
        assertThat(task(all, "VI.1.4.2").get("progress").asDouble()).isEqualTo(90.0);
        assertThat(task(all, "VI.1.4.2").get("state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(task(all, "VI.1.4").get("progress").asDouble()).isEqualTo(97.5);
        // V: the years weigh 1, 1, 1 and 2 (the final review); 2018 stands at (100 + 80) / 2
        assertThat(task(all, "V.2").get("progress").asDouble()).isEqualTo(90.0);
        assertThat(task(all, "V").get("progress").asDouble()).isEqualTo(98.0);
        assertThat(jdbc.sql("select formula from plan_plan where programme_id = :p").param("p", seed())
                .query(String.class).single()).isEqualTo("WEIGHTED_MEAN");

        String page = body(get("/plan/tasks/" + taskId("VI.1.4")), "mttq", 200);
        assertThat(page).contains("bình quân có trọng số: (1 × 100 % + 1 × 90 % + 1 × 100 % + 1 × 100 %) / 4 = 97,5 %",
                "Vì sao 97,5 %?");
        String v = body(get("/plan/" + seed()), "mttq", 200);
        assertThat(v).contains("bình quân có trọng số: (1 × 100 % + 1 × 90 % + 1 × 100 % + 2 × 100 %) / 5 = 98 %");
        String recurring = body(get("/plan/tasks/" + taskId("VI.1.4.2")), "mttq", 200);
        assertThat(recurring).contains("Trung bình tiến độ các kỳ đã kết thúc", "Chưa hoàn thành khi hết kỳ: 2020");
    }

    @Test
    void aTaskIsOverdueOnceItsDeadlineOrPeriodEndedUndoneByTheTodayBean() throws Exception {
        JsonNode all = tasks("", "mttq");
        assertThat(task(all, "V.2.2").get("overdue").asBoolean()).isTrue();
        assertThat(task(all, "V.2.1").get("overdue").asBoolean()).isFalse();
        assertThat(task(all, "VI.1.4.2").get("overdue").asBoolean()).isTrue();
        assertThat(task(all, "VI.1.4.3").get("overdue").asBoolean()).isFalse();
        assertThat(task(all, "VI.1.4").get("overdue").asBoolean()).isTrue();
        clock.pin(LocalDate.of(2018, 12, 20));
        try {
            JsonNode then = tasks("", "mttq");
            // on 20/12/2018 the 2018 task is not due yet, and the 2020 period of VI.1.4.2 has not ended
            assertThat(task(then, "V.2.2").get("overdue").asBoolean()).isFalse();
            assertThat(task(then, "VI.1.4.2").get("overdue").asBoolean()).isFalse();
            assertThat(task(then, "VI.1.4.2").get("progress").asDouble()).isEqualTo(100.0);
        } finally {
            clock.release();
        }
        assertThat(body(get("/plan/" + seed()), "mttq", 200)).contains("id=\"overdue-count\"");
    }

    @Test
    void theApiFiltersByBodyUnitAndYear() throws Exception {
        JsonNode byName = tasks("?body=Phòng Văn hóa - Thông tin", "vhtt");
        assertThat(byName).hasSize(3);
        byName.forEach(t -> assertThat(t.get("leadBody").asText()).isEqualTo("Phòng Văn hóa và Thông tin thị xã Bỉm Sơn"));
        assertThat(tasks("?body=381-VHTT", "vhtt")).hasSize(3);
        assertThat(tasks("?body=phong lao dong", "mttq")).hasSize(6);
        JsonNode y2017 = tasks("?year=2017", "mttq");
        List<String> numbers = new ArrayList<>();
        y2017.forEach(t -> numbers.add(t.get("number").asText()));
        assertThat(numbers).contains("V.1.1", "VI.1.1.1").doesNotContain("V.2", "V.2.1", "V.4.1");
        // as of the end of 2017 every yearly task stood at its 2017 report
        assertThat(task(y2017, "VI.1.4.2").get("progress").asDouble()).isEqualTo(100.0);
        JsonNode haLan = tasks("?unit=14827", "mttq");
        JsonNode baDinh = tasks("?unit=14812&year=2019", "mttq");
        assertThat(haLan.findValuesAsText("number")).contains("VI.1.4.1", "V.1.1");
        assertThat(baDinh.findValuesAsText("number")).doesNotContain("VI.1.4.1").contains("VI.1.4.2");
        JsonNode first = task(haLan, "VI.1.4.1");
        for (String field : List.of("id", "title", "leadBody", "cooperatingBodies", "contentArea", "due",
                "recurrence", "progress", "state", "overdue")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
    }

    @Test
    void badParametersAreRefusedWith400AndTheFieldAtFault() throws Exception {
        String base = "/api/v1/programmes/" + seed() + "/tasks";
        assertThat(body(get(base + "?year=abc"), "mttq", 400)).contains("\"field\":\"year\"", "2017–2020");
        assertThat(body(get(base + "?year=2031"), "mttq", 400)).contains("\"field\":\"year\"");
        assertThat(body(get(base + "?unit=99999"), "mttq", 400)).contains("\"field\":\"unit\"", "99999");
        assertThat(body(get(base + "?body=Phòng không có"), "mttq", 400)).contains("\"field\":\"body\"");
        String both = body(get(base + "?body=xyz&year=1"), "mttq", 400);
        assertThat(both).contains("\"field\":\"year\"", "\"field\":\"body\"");
        assertThat(body(get("/api/v1/programmes/987654/tasks"), "mttq", 404)).contains("\"field\":\"programme\"");
    }

    @Test
    void onlyUsersOverTheProgrammesUnitSeeThePlan() throws Exception {
        String base = "/api/v1/programmes/" + seed() + "/tasks";
        body(get(base), "tinh", 200);
        body(get(base), "ldtbxh", 200);
        body(get(base), "badinh", 403);
        body(get(base), "kp1badinh", 403);
        body(get("/plan/tasks/" + taskId("V.1.1")), "badinh", 403);
    }

    @Test
    void aDepartmentOfficerSeesHisDepartmentsTasksFirstAndTheFrontSeesEverything() throws Exception {
        String vhtt = body(get("/plan/" + seed()), "vhtt", 200);
        String mine = vhtt.substring(vhtt.indexOf("id=\"mine\""), vhtt.indexOf("id=\"tasks\""));
        assertThat(mine).contains("VI.1.1.1", "VI.1.1.2").doesNotContain("VI.1.2.1", "V.1.1");
        assertThat(vhtt.indexOf("id=\"mine\"")).isLessThan(vhtt.indexOf("id=\"tasks\""));
        String mttq = body(get("/plan/" + seed()), "mttq", 200);
        assertThat(mttq).doesNotContain("id=\"mine\"").contains("task-VI.2.4", "task-VI.1.7.1", "task-V.4.1");
    }

    @Test
    void theLeadBodyReportsProgressWithEvidenceAndOthersMayNot() throws Exception {
        long task = taskId("VI.1.2.3");
        int before = jdbc.sql("select count(*) from plan_progress where task_id = :t").param("t", task)
                .query(Integer.class).single();
        MockMultipartFile file = new MockMultipartFile("files", "bien-ban.pdf", "application/pdf",
                "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8));
        body(multipart("/plan/tasks/" + task + "/progress").file(file).param("period", "2020")
                .param("percent", "100").param("state", "DONE").param("note", "Đã hướng dẫn 8 xã, phường")
                .param("link", "/programmes/" + seed()).param("linkName", "Chương trình").with(csrf()),
                "ldtbxh", 302);
        assertThat(jdbc.sql("select count(*) from plan_progress where task_id = :t").param("t", task)
                .query(Integer.class).single()).isEqualTo(before + 1);
        long evidence = jdbc.sql("""
                select e.id from plan_evidence e join plan_progress r on r.id = e.progress_id
                where r.task_id = :t and e.kind = 'FILE' order by e.id desc limit 1""").param("t", task)
                .query(Long.class).single();
        String page = body(get("/plan/tasks/" + task), "mttq", 200);
        assertThat(page).contains("Đã hướng dẫn 8 xã, phường", "bien-ban.pdf", "Chương trình");
        assertThat(body(get("/plan/evidence/" + evidence), "mttq", 200)).startsWith("%PDF-1.4");
        body(get("/plan/evidence/" + evidence), "badinh", 403);
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type = 'plan.progress' and "
                + "actor = 'ldtbxh'").query(Integer.class).single()).isPositive();

        // not the lead body: the Culture department on a Labour task, Labour on the Front's roadmap
        body(multipart("/plan/tasks/" + task + "/progress").param("period", "2020").param("percent", "100")
                .param("state", "DONE").with(csrf()), "vhtt", 403);
        body(multipart("/plan/tasks/" + taskId("V.1.1") + "/progress").param("period", "2017")
                .param("percent", "100").param("state", "DONE").with(csrf()), "ldtbxh", 403);
        assertThat(body(get("/plan/tasks/" + task), "vhtt", 200)).doesNotContain("id=\"report\"");

        // refused input leaves nothing behind and says why
        for (String[] bad : new String[][] {{"2020", "150", "IN_PROGRESS"}, {"2030", "50", "IN_PROGRESS"},
                {"2019-H1", "50", "IN_PROGRESS"}, {"2020", "80", "DONE"}, {"2020", "x", "DONE"}}) {
            mvc.perform(multipart("/plan/tasks/" + task + "/progress").param("period", bad[0])
                    .param("percent", bad[1]).param("state", bad[2]).with(csrf())
                    .with(httpBasic("ldtbxh", "chungsuc"))).andExpect(status().is3xxRedirection())
                    .andExpect(r -> assertThat(r.getFlashMap().get("error")).as(String.join(" ", bad)).isNotNull());
        }
        MockMultipartFile big = new MockMultipartFile("files", "anh.jpg", "image/jpeg", new byte[5 * 1024 * 1024 + 1]);
        mvc.perform(multipart("/plan/tasks/" + task + "/progress").file(big).param("period", "2020")
                .param("percent", "100").param("state", "DONE").with(csrf()).with(httpBasic("ldtbxh", "chungsuc")))
                .andExpect(r -> assertThat((String) r.getFlashMap().get("error")).contains("anh.jpg"));
        mvc.perform(multipart("/plan/tasks/" + task + "/progress").param("period", "2020").param("percent", "100")
                .param("state", "DONE").param("link", "javascript:alert(1)").with(csrf())
                .with(httpBasic("ldtbxh", "chungsuc")))
                .andExpect(r -> assertThat((String) r.getFlashMap().get("error")).contains("bắt đầu bằng /"));
        assertThat(jdbc.sql("select count(*) from plan_progress where task_id = :t").param("t", task)
                .query(Integer.class).single()).isEqualTo(before + 1);
    }
}
