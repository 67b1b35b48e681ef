package vn.chungsuc.plan.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.time.Today;

/**
 * Issue 15 item 7 for the year 2025 with the test-only duty (every commune or ward on 31/12/2025 submits): who was
 * expected by the unit tree on the period's end (the two wards of 1/7/2025), who submitted and who on time by the
 * kind's settings; the Front's "Nhắc nộp" (audited, refused for a unit that submitted, forbidden to a commune
 * officer); the reminder on the ward officer's home page until the ward submits; the daily run once a day; the
 * Excel export; the two settings as data.
 */
@IntegrationTest
class CompletenessIntegrationTest {

    private static final String KIND = TestReportingDuties.KIND;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TestReportingDuties duties;
    @Autowired Completeness completeness;
    @Autowired Today today;

    private String page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, "chungsuc"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MvcResult remind(String user, String unit) throws Exception {
        return mvc.perform(post("/plan/completeness/remind").param("kind", KIND).param("period", "2025")
                .param("unit", unit).with(httpBasic(user, "chungsuc")).with(csrf())).andReturn();
    }

    private void settings(String timely, String lock) throws Exception {
        mvc.perform(post("/plan/completeness/settings").param("kind", KIND).param("timelyDays", timely)
                .param("lockDays", lock).param("source", "Kiểm thử").with(httpBasic("mttq", "chungsuc"))
                .with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void theFrontSeesWhoSubmittedRemindsTheRestAndTheReminderGoesOnceTheWardSubmits() throws Exception {
        jdbc.sql("delete from plan_reminder where kind = :k and period = '2025'").param("k", KIND).update();
        duties.withdraw("38-BS", "2025");
        duties.submit("38-QT", "2025", LocalDate.of(2026, 1, 20));
        settings("15", "731");

        String sheet = page("/plan/completeness?kind=" + KIND + "&period=2025", "mttq");
        assertThat(sheet).contains("Phải nộp: 2 đơn vị; đã nộp: 1; đúng hạn: 0.", "Phường Bỉm Sơn",
                "Phường Quang Trung", "Nộp muộn", "Chưa nộp", "Nhắc nộp");
        settings("30", "731");
        assertThat(page("/plan/completeness?kind=" + KIND + "&period=2025", "mttq"))
                .contains("Phải nộp: 2 đơn vị; đã nộp: 1; đúng hạn: 1.");
        assertThat(page("/plan/completeness?kind=" + KIND + "&period=2025&status=MISSING&q=bim son", "mttq"))
                .contains("Phường Bỉm Sơn").doesNotContain("Phường Quang Trung");
        // a commune officer sees his own units only
        assertThat(page("/plan/completeness?kind=" + KIND + "&period=2025", "badinh"))
                .contains("Phường Bỉm Sơn").doesNotContain("Phường Quang Trung").doesNotContain("Nhắc nộp</button>");

        String line = "Báo cáo thử nghiệm (chỉ dùng khi kiểm thử) – 2025";
        assertThat(page("/plan/reminders", "badinh")).doesNotContain(line);
        assertThat(remind("badinh", "38-BS").getResponse().getStatus()).isEqualTo(403);
        MvcResult sent = remind("mttq", "38-BS");
        assertThat(sent.getResponse().getStatus()).isEqualTo(302);
        assertThat(sent.getFlashMap().get("notice")).isEqualTo("Đã gửi lời nhắc tới cán bộ của đơn vị.");
        assertThat(remind("mttq", "38-BS").getFlashMap().get("notice")).isEqualTo("Hôm nay đã nhắc rồi.");
        assertThat(remind("mttq", "38-QT").getFlashMap().get("error"))
                .isEqualTo("Phường Quang Trung đã nộp báo cáo này.");
        assertThat(remind("mttq", "14812").getResponse().getStatus()).isEqualTo(403); // not a unit on 31/12/2025
        assertThat(jdbc.sql("""
                select count(*) from shared_audit_entry where entity_type = 'plan.reminder' and actor = 'mttq'
                and new_value ->> 'unit' = '38-BS' and new_value ->> 'period' = '2025'""").query(Long.class)
                .single()).isEqualTo(1);

        assertThat(page("/", "badinh")).contains("Nhắc nộp báo cáo (chưa nộp)");
        assertThat(page("/plan/reminders", "badinh")).contains(line, "Phường Bỉm Sơn: hạn nộp đúng hạn 30/01/2026");
        assertThat(page("/plan/reminders", "quangtrung")).doesNotContain(line);
        assertThat(page("/plan/completeness?kind=" + KIND + "&period=2025", "mttq")).contains("đã nhắc ngày");

        duties.submit("38-BS", "2025", today.date());
        assertThat(page("/plan/reminders", "badinh")).doesNotContain(line);
        assertThat(page("/plan/completeness?kind=" + KIND + "&period=2025", "mttq"))
                .contains("Phải nộp: 2 đơn vị; đã nộp: 2; đúng hạn: 1.");
    }

    @Test
    void lockedPeriodsAreNotRemindedAndTheSettingsAreData() throws Exception {
        duties.withdraw("14824", "2023");
        assertThat(completeness.setting("*").lockDays()).isEqualTo(60);
        assertThat(completeness.setting("*").source()).contains("chưa xác nhận");
        MvcResult locked = mvc.perform(post("/plan/completeness/remind").param("kind", KIND).param("period", "2023")
                .param("unit", "14824").with(httpBasic("mttq", "chungsuc")).with(csrf())).andReturn();
        assertThat(locked.getResponse().getStatus()).isEqualTo(302);
        assertThat((String) locked.getFlashMap().get("error")).startsWith("Kỳ 2023 đã khóa sửa");

        MvcResult wrong = mvc.perform(post("/plan/completeness/settings").param("kind", KIND)
                .param("timelyDays", "40").param("lockDays", "10").param("source", "x")
                .with(httpBasic("mttq", "chungsuc")).with(csrf())).andReturn();
        assertThat((String) wrong.getFlashMap().get("error"))
                .isEqualTo("Khóa sửa không thể sớm hơn hạn nộp đúng hạn.");
        mvc.perform(post("/plan/completeness/settings").param("kind", KIND).param("timelyDays", "1")
                .param("lockDays", "2").param("source", "x").with(httpBasic("badinh", "chungsuc")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/plan/completeness?kind=" + KIND + "&period=2025-H2").with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/plan/completeness?kind=NOPE&period=2025").with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/plan/completeness").with(httpBasic("kp1badinh", "chungsuc")))
                .andExpect(status().isForbidden());
        assertThat(page("/plan/completeness/settings", "mttq")).contains("Hạn nộp đúng hạn (số ngày sau khi kết thúc kỳ)",
                "Khóa sửa sau (số ngày)", "Báo cáo thử nghiệm");
    }

    @Test
    void theWorkbookListsEveryExpectedUnit() throws Exception {
        byte[] xlsx = mvc.perform(get("/plan/completeness/export.xlsx?kind=" + KIND + "&period=2025")
                .with(httpBasic("mttq", "chungsuc"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            StringBuilder all = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
            assertThat(all.toString()).contains("Phường Bỉm Sơn", "Phường Quang Trung", "Báo cáo thử nghiệm");
        }
    }

    @Test
    void theDailyRunHappensOnceADay() {
        jdbc.sql("delete from plan_reminder_run where run_on = :on").param("on", today.date()).update();
        assertThat(completeness.runDaily()).isGreaterThanOrEqualTo(0);
        assertThat(completeness.runDaily()).isEqualTo(-1);
    }
}
