package vn.chungsuc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.duties.ReportingDuties;
import vn.chungsuc.shared.stats.StatisticSource;
import vn.chungsuc.shared.time.Period;

/**
 * The Front's evaluation of residential areas through HTTP: the area's Ban Công tác Mặt trận submits, the ward
 * reviews (an adjustment needs its note), polls compute their percentage, the town Front sees the level; every
 * refusal saves nothing; areas outside one's units are refused; duties and statistics report what was done.
 * Uses 2024-H1 and 2023, periods the demo leaves empty.
 */
@IntegrationTest
class AreaEvaluationIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired List<ReportingDuties> duties;
    @Autowired List<StatisticSource> sources;

    private List<Long> criteria() {
        return jdbc.sql("""
                select k.id from evaluation_scale_criterion k join evaluation_scale s on s.id = k.scale_id
                where s.province_unit = '38' and s.year = 2017 order by k.content_number, k.position""")
                .query(Long.class).list();
    }

    private MockHttpServletRequestBuilder form(String url, String user, Map<String, String> params) {
        MockHttpServletRequestBuilder b = post(url).with(csrf()).with(httpBasic(user, "chungsuc"));
        params.forEach((k, v) -> b.param(k, v));
        return b;
    }

    private String page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, "chungsuc"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private Map<String, Object> row(String area, String period) {
        return jdbc.sql("select * from evaluation_assessment where area_unit = ? and period = ?").params(area, period)
                .query().singleRow();
    }

    @Test
    void theAreaSubmitsTheWardReviewsAndTheTownSeesTheLevel() throws Exception {
        List<Long> ids = criteria();
        assertThat(ids).hasSize(10);
        String before = page("/evaluation?period=2024-H1", "bctmkp1badinh");
        assertThat(before).contains("Khu phố 1", "Chưa nộp");

        // points over a criterion's maximum: refused, nothing saved
        java.util.Map<String, String> bad = new java.util.HashMap<>(Map.of("period", "2024-H1", "evidence", "x"));
        ids.forEach(id -> bad.put("p" + id, "11"));
        mvc.perform(form("/evaluation/areas/14812-01/self", "bctmkp1badinh", bad))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("error"));
        assertThat(jdbc.sql("select count(*) from evaluation_assessment where area_unit = '14812-01' and period = "
                + "'2024-H1'").query(Integer.class).single()).isZero();

        // the area head is not the Front committee; another ward's officer may not even look
        java.util.Map<String, String> good = new java.util.HashMap<>(Map.of("period", "2024-H1",
                "evidence", "Biên bản họp ngày 28/6/2024"));
        for (int i = 0; i < ids.size(); i++) {
            good.put("p" + ids.get(i), i < 2 ? "6" : "9");
        }
        mvc.perform(form("/evaluation/areas/14812-01/self", "kp1badinh", good)).andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/areas/14812-01?period=2024-H1").with(httpBasic("quangtrung", "chungsuc")))
                .andExpect(status().isForbidden());

        mvc.perform(form("/evaluation/areas/14812-01/self", "bctmkp1badinh", good))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("notice"));
        Map<String, Object> submitted = row("14812-01", "2024-H1");
        // content 1 (weight 25): 12/20 = 60 %; the others 90 %: (25·60 + 75·90) / 100 = 82.5 → Khá
        assertThat((BigDecimal) submitted.get("self_score")).isEqualByComparingTo("82.5");
        assertThat(submitted.get("self_level")).isEqualTo("Khá");
        assertThat(submitted.get("state")).isEqualTo("SUBMITTED");
        assertThat(submitted.get("commune_unit")).isEqualTo("14812");

        // adjusting without a note is refused; with one, the points give the final level
        java.util.Map<String, String> adjust = new java.util.HashMap<>(good);
        adjust.put("decision", "ADJUST");
        adjust.put("p" + ids.get(0), "10");
        adjust.put("p" + ids.get(1), "10");
        adjust.put("note", "");
        mvc.perform(form("/evaluation/areas/14812-01/review", "badinh", adjust))
                .andExpect(flash().attributeExists("error"));
        assertThat(row("14812-01", "2024-H1").get("state")).isEqualTo("SUBMITTED");
        mvc.perform(form("/evaluation/areas/14812-01/review", "bctmkp1badinh", Map.of("period", "2024-H1",
                "decision", "AGREE"))).andExpect(status().isForbidden());
        adjust.put("note", "Khu phố không có hộ tái nghèo: đủ điểm nội dung 1");
        mvc.perform(form("/evaluation/areas/14812-01/review", "badinh", adjust))
                .andExpect(flash().attributeExists("notice"));
        Map<String, Object> reviewed = row("14812-01", "2024-H1");
        assertThat((BigDecimal) reviewed.get("final_score")).isEqualByComparingTo("92.5");
        assertThat(reviewed.get("final_level")).isEqualTo("Tốt");
        assertThat(reviewed.get("reviewed_by")).isEqualTo("badinh");

        // once reviewed, the area cannot change its self-assessment
        mvc.perform(form("/evaluation/areas/14812-01/self", "bctmkp1badinh", good))
                .andExpect(flash().attributeExists("error"));
        assertThat((BigDecimal) row("14812-01", "2024-H1").get("self_score")).isEqualByComparingTo("82.5");

        String town = page("/evaluation?period=2024-H1&q=khu pho 1", "mttq");
        assertThat(town).contains("id=\"area-14812-01\"", "Tốt");
        String areaPage = page("/evaluation/areas/14812-01?period=2024-H1", "mttq");
        assertThat(areaPage).contains("Khu phố không có hộ tái nghèo", "92,5");
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type = 'evaluation.assessment' "
                + "and entity_id = ?").param(String.valueOf(reviewed.get("id"))).query(Integer.class).single())
                .isEqualTo(2);

        // the duties: Khu phố 1 submitted today, Khu phố 2 not; the ward has not reviewed all its areas
        ReportingDuties d = duties.stream().filter(x -> x.kinds().stream()
                .anyMatch(k -> k.code().equals("EVALUATION_AREA_SELF_ASSESSMENT"))).findFirst().orElseThrow();
        List<ReportingDuties.Duty> self = d.expected("EVALUATION_AREA_SELF_ASSESSMENT", Period.parse("2024-H1"),
                List.of("14812"));
        assertThat(self).hasSize(11);
        assertThat(self.stream().filter(x -> x.unitCode().equals("14812-01")).findFirst().orElseThrow()
                .submittedOn()).isPresent();
        assertThat(self.stream().filter(x -> x.unitCode().equals("14812-02")).findFirst().orElseThrow()
                .submittedOn()).isEmpty();
        List<ReportingDuties.Duty> review = d.expected("EVALUATION_COMMUNE_REVIEW", Period.parse("2024-H1"),
                List.of("14812"));
        assertThat(review).singleElement().satisfies(x -> {
            assertThat(x.unitCode()).isEqualTo("14812");
            assertThat(x.submittedOn()).isEmpty();
        });
        assertThat(d.expected("EVALUATION_AREA_SELF_ASSESSMENT", Period.parse("2017-2020"), List.of("14812")))
                .isEmpty();
    }

    @Test
    void pollsComputeTheirPercentageAndBadCountsAreRefused() throws Exception {
        mvc.perform(form("/evaluation/areas/14812-05/poll", "badinh", Map.of("period", "2023", "heldOn",
                "18/11/2023", "sampleSize", "40", "satisfied", "41"))).andExpect(flash().attributeExists("error"));
        mvc.perform(form("/evaluation/areas/14812-05/poll", "badinh", Map.of("period", "2023", "heldOn",
                "18/11/2099", "sampleSize", "40", "satisfied", "30"))).andExpect(flash().attributeExists("error"));
        assertThat(jdbc.sql("select count(*) from evaluation_poll where area_unit = '14812-05' and period = '2023'")
                .query(Integer.class).single()).isZero();
        mvc.perform(form("/evaluation/areas/14812-05/poll", "hoiphunu", Map.of("period", "2023", "heldOn",
                "18/11/2023", "sampleSize", "40", "satisfied", "30"))).andExpect(status().isForbidden());
        mvc.perform(form("/evaluation/areas/14812-05/poll", "badinh", Map.of("period", "2023", "heldOn",
                "18/11/2023", "sampleSize", "40", "satisfied", "35"))).andExpect(flash().attributeExists("notice"));
        String page = page("/evaluation/areas/14812-05?period=2023", "badinh");
        // 35/40 = 87.5 %, under the demo scale's 90 % (QĐ 320/2022)
        assertThat(page).contains("87,5 %", "Chưa đạt ngưỡng 90 %", "QĐ 320/QĐ-TTg");

        StatisticSource source = sources.stream().filter(s -> s.metrics().stream()
                .anyMatch(m -> m.code().equals("evaluation.poll-satisfied"))).findFirst().orElseThrow();
        assertThat(source.countByUnit("evaluation.poll-satisfied", LocalDate.of(2023, 12, 31)))
                .containsEntry("14812-05", 35L);
        assertThat(source.countByUnit("evaluation.poll-asked", LocalDate.of(2023, 11, 17),
                List.of("14812-05"))).isEmpty();
        // the demo's 2019 reviews: one count per reviewed area, split by level
        Map<String, Long> reviewed = source.countByUnit("evaluation.areas-reviewed", LocalDate.of(2019, 12, 31));
        long byLevel = 0;
        for (int level = 1; level <= 4; level++) {
            byLevel += source.countByUnit("evaluation.areas-level-" + level, LocalDate.of(2019, 12, 31)).values()
                    .stream().mapToLong(Long::longValue).sum();
        }
        assertThat(reviewed).hasSize(22);
        assertThat(byLevel).isEqualTo(22);
        assertThat(source.countByUnit("evaluation.areas-reviewed", LocalDate.of(2019, 12, 19))).isEmpty();
    }

    @Test
    void theScaleIsDataEditedByTheAdministratorWithItsSource() throws Exception {
        long id = jdbc.sql("select id from evaluation_scale where province_unit = '38' and year = 2017")
                .query(Long.class).single();
        String view = page("/evaluation/scales/" + id, "mttq");
        assertThat(view).contains("chưa xác nhận", "Tốt", "QĐ 320/QĐ-TTg").doesNotContain("id=\"scale-form\"");
        mvc.perform(form("/evaluation/scales/" + id, "mttq", Map.of("name", "x"))).andExpect(status().isForbidden());
        mvc.perform(form("/evaluation/scales/" + id + "/copy", "admin", Map.of("year", "2017")))
                .andExpect(flash().attributeExists("error"));
        mvc.perform(form("/evaluation/scales/" + id + "/copy", "admin", Map.of("year", "2099")))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("notice"));
        long copy = jdbc.sql("select id from evaluation_scale where province_unit = '38' and year = 2099")
                .query(Long.class).single();
        String edit = page("/evaluation/scales/" + copy, "admin");
        assertThat(edit).contains("id=\"scale-form\"");
        Map<String, Object> before = jdbc.sql("select * from evaluation_scale where id = ?").param(copy).query()
                .singleRow();
        java.util.Map<String, String> p = new java.util.HashMap<>(Map.of("name", "Thang 2099", "source",
                "Hướng dẫn giả định của UBMTTQ tỉnh", "pollThreshold", "85,5", "pollSource", "Nghị quyết giả định",
                "validFrom", "01/01/2099", "validTo", ""));
        jdbc.sql("select position, name, min_score from evaluation_scale_level where scale_id = ?").param(copy)
                .query(rs -> {
                    p.put("levelName" + rs.getInt(1), rs.getString(2));
                    p.put("levelMin" + rs.getInt(1), rs.getBigDecimal(3).toPlainString());
                });
        jdbc.sql("select number, weight from evaluation_scale_content where scale_id = ?").param(copy).query(rs -> {
            p.put("weight" + rs.getInt(1), rs.getBigDecimal(2).toPlainString());
        });
        jdbc.sql("select id, text, max_points from evaluation_scale_criterion where scale_id = ?").param(copy)
                .query(rs -> {
                    p.put("criterion" + rs.getLong(1), rs.getString(2));
                    p.put("points" + rs.getLong(1), rs.getBigDecimal(3).toPlainString());
                });
        java.util.Map<String, String> wrong = new java.util.HashMap<>(p);
        wrong.put("pollThreshold", "120");
        mvc.perform(form("/evaluation/scales/" + copy, "admin", wrong)).andExpect(flash().attributeExists("error"));
        assertThat(jdbc.sql("select poll_threshold from evaluation_scale where id = ?").param(copy)
                .query(BigDecimal.class).single()).isEqualByComparingTo((BigDecimal) before.get("poll_threshold"));
        mvc.perform(form("/evaluation/scales/" + copy, "admin", p)).andExpect(flash().attributeExists("notice"));
        assertThat(jdbc.sql("select poll_threshold from evaluation_scale where id = ?").param(copy)
                .query(BigDecimal.class).single()).isEqualByComparingTo("85.5");
        assertThat(Optional.ofNullable(jdbc.sql("select count(*) from shared_audit_entry where entity_type = "
                + "'evaluation.scale' and entity_id = ?").param(String.valueOf(copy)).query(Integer.class).single()))
                .contains(2);
    }
}
