package vn.chungsuc.plan.unityday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.stats.StatisticSource;

/**
 * Issue 15 item 8: the demo's Great Unity Days (2017–2020, 2025), which areas held it per commune by the unit tree
 * on 18/11 of the year, an area head recording the day of 2026 with its report (which is the area's yearly duty on
 * the completeness page), refusals, who may, the awards given there through the register, and the statistic.
 */
@IntegrationTest
class UnityDayIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired List<StatisticSource> sources;

    private String page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, "chungsuc"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theTownSeesWhichAreasHeldItByTheTreeOfTheYear() throws Exception {
        String y2019 = page("/plan/unity-days?year=2019", "mttq");
        assertThat(y2019).contains("Ngày hội Đại đoàn kết toàn dân tộc năm 2019", "Phường Ba Đình", "Xã Hà Lan",
                "Chưa tổ chức", "Đã tổ chức");
        String y2025 = page("/plan/unity-days?year=2025", "mttq");
        assertThat(y2025).contains("Phường Bỉm Sơn", "Phường Quang Trung", "Đã có kế hoạch")
                .doesNotContain("commune-14812");
        long held2019 = jdbc.sql("select count(*) from plan_unity_day where year = 2019 and held_on is not null")
                .query(Long.class).single();
        assertThat(y2019).contains("Đã tổ chức: " + held2019 + "/");
        assertThat(page("/plan/unity-days?year=2019&status=NOT_HELD&q=khu pho", "mttq")).contains("Chưa tổ chức")
                .doesNotContain("text-bg-success");
        assertThat(page("/plan/unity-days?year=2019", "badinh")).contains("Phường Ba Đình")
                .doesNotContain("Phường Lam Sơn");
        mvc.perform(get("/plan/unity-days?year=abc").with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/plan/unity-days").with(httpBasic("ldtbxh", "chungsuc"))).andExpect(status().isForbidden());

        StatisticSource source = sources.stream().filter(s -> s.metrics().stream()
                .anyMatch(m -> m.code().equals(UnityDays.METRIC))).findFirst().orElseThrow();
        Map<String, Long> counts = source.countByUnit(UnityDays.METRIC, LocalDate.of(2019, 12, 31));
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(held2019);
        assertThat(source.countByUnit(UnityDays.METRIC, LocalDate.of(2019, 11, 1))).isEmpty();
    }

    @Test
    void anAreaHeadRecordsTheDayAndItsReportCountsAsSubmitted() throws Exception {
        String url = "/plan/unity-days/area/14812-01/2026";
        jdbc.sql("delete from plan_unity_day where area_code = '14812-01' and year = 2026").update();
        MvcResult wrong = mvc.perform(multipart(url).param("heldOn", "2025-11-15").param("attendance", "-1")
                .with(httpBasic("kp1badinh", "chungsuc")).with(csrf())).andReturn();
        assertThat((String) wrong.getFlashMap().get("error")).contains("phải là một ngày của năm 2026",
                "Số phải từ 0 đến 100000");
        assertThat(jdbc.sql("select count(*) from plan_unity_day where area_code = '14812-01' and year = 2026")
                .query(Long.class).single()).isZero();

        MockMultipartFile file = new MockMultipartFile("report", "bao-cao-2026.pdf", "application/pdf",
                new byte[] {'%', 'P', 'D', 'F'});
        MvcResult saved = mvc.perform(multipart(url).file(file).param("plan", "Lễ và hội tại nhà văn hóa")
                .param("plannedOn", "2026-11-15").param("heldOn", "2026-11-15").param("attendance", "240")
                .param("reportText", "Báo cáo tổng kết năm 2026 của khu phố").param("housesHanded", "1")
                .param("nextFamilies", "180").param("nextArea", "true")
                .with(httpBasic("kp1badinh", "chungsuc")).with(csrf())).andReturn();
        assertThat(saved.getFlashMap().get("notice")).isEqualTo("Đã lưu Ngày hội.");
        String area = page(url, "kp1badinh");
        assertThat(area).contains("Đã tổ chức", "240", "bao-cao-2026.pdf", "Báo cáo tổng kết năm 2026 của khu phố");
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type = 'plan.unity-day' "
                + "and actor = 'kp1badinh'").query(Long.class).single()).isGreaterThanOrEqualTo(1);
        long id = jdbc.sql("select id from plan_unity_day where area_code = '14812-01' and year = 2026")
                .query(Long.class).single();
        assertThat(mvc.perform(get("/plan/unity-days/" + id + "/report").with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).hasSize(4);

        mvc.perform(multipart(url).param("heldOn", "2026-11-15").with(httpBasic("quangtrung", "chungsuc"))
                .with(csrf())).andExpect(status().isForbidden());
        MvcResult ward = mvc.perform(multipart("/plan/unity-days/area/38-BS/2026").param("heldOn", "2026-11-15")
                .with(httpBasic("mttq", "chungsuc")).with(csrf())).andReturn();
        assertThat(ward.getFlashMap().get("error")).isEqualTo("Phường Bỉm Sơn không phải khu dân cư.");

        // the Great Unity Day report is a yearly duty: without a period the page shows the last year
        assertThat(page("/plan/completeness?kind=UNITY_DAY_REPORT", "mttq")).contains("value=\"2025\"",
                "Chưa nộp", "Nộp muộn");

        String duty = page("/plan/completeness?kind=UNITY_DAY_REPORT&period=2026&q=khu pho 1", "mttq");
        assertThat(duty).contains("duty-14812-01", "Nộp đúng hạn");

        MvcResult award = mvc.perform(post("/plan/unity-days/" + id + "/awards").param("form", "GIAY_KHEN")
                .param("issuerUnit", "38-BS").param("decisionNumber", "99/QĐ-UBND-UD")
                .param("decisionDate", "2026-11-15").param("achievement", "Tổ chức tốt Ngày hội năm 2026 (kiểm thử)")
                .param("period", "2026").param("recipientKind", "COLLECTIVE")
                .param("recipientName", "Ban Công tác Mặt trận Khu phố 1")
                .with(httpBasic("mttq", "chungsuc")).with(csrf())).andReturn();
        assertThat(award.getFlashMap().get("error")).isNull();
        assertThat(page(url, "mttq")).contains("99/QĐ-UBND-UD", "Ban Công tác Mặt trận Khu phố 1");
    }
}
