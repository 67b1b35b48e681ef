package vn.chungsuc.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.poverty.domain.BulkSurveys;
import vn.chungsuc.poverty.domain.Lists;
import vn.chungsuc.poverty.domain.RoundRefused;
import vn.chungsuc.poverty.domain.Rounds;
import vn.chungsuc.poverty.domain.Survey;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.shared.time.TestClock;

/**
 * Step 2 in bulk on the 2027 review of phường Bỉm Sơn (38-BS), with the clock on 20/11/2027 so that no other test's
 * round (the 2026 ones) is touched; the round and everything it wrote are removed afterwards. Last year's forms B
 * become drafts that count for nothing until confirmed; a workbook is dry-run (row and column errors), then applied
 * all or nothing; the grid saves row by row with its errors inline.
 */
@IntegrationTest
class BulkSurveyIntegrationTest {

    static final String WARD = "38-BS";
    static final int YEAR = 2027;

    @Autowired Rounds rounds;
    @Autowired BulkSurveys bulk;
    @Autowired Lists lists;
    @Autowired RegistryApi registry;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired MockMvc mvc;

    long id;
    List<String> listed;

    @BeforeEach
    void openTheRound() {
        clock.pin(LocalDate.of(YEAR, 11, 20));
        id = rounds.open(WARD, YEAR, 3, "test");
        LocalDate on = LocalDate.of(YEAR, 11, 20);
        List<String> applicants = registry.households(List.of("14812-05", "14812-06"), on).stream().limit(12)
                .map(h -> h.code()).toList();
        rounds.listHouseholds(id, applicants, "test");
        listed = rounds.households(id).stream().map(Rounds.Member::householdCode).toList();
    }

    @AfterEach
    void removeTheRound() {
        try {
            for (String table : List.of("poverty_survey", "poverty_survey_draft", "poverty_round_household",
                    "poverty_round_step", "poverty_classification", "poverty_objection")) {
                jdbc.sql("delete from " + table + " where round_id = :id").param("id", id).update();
            }
            jdbc.sql("delete from poverty_round where id = :id").param("id", id).update();
        } finally {
            clock.release();
        }
    }

    @Test
    void lastYearsFormsBecomeDraftsThatCountForNothingUntilConfirmed() {
        int drafts = bulk.carryOver(id, "test");
        assertThat(drafts).isPositive().isLessThanOrEqualTo(listed.size());
        Map<String, BulkSurveys.Draft> byCode = bulk.drafts(id);
        assertThat(byCode).hasSize(drafts);
        BulkSurveys.Draft d = byCode.values().iterator().next();
        Survey earlier = lists.survey(d.householdCode(), d.fromYear()).orElseThrow();
        assertThat(d.fromYear()).isLessThan(YEAR);
        assertThat(d.monthlyIncome()).isEqualTo(earlier.monthlyIncome());
        if (d.fromYear() == 2025) {
            // the 2025 form (NĐ 07/2021) did not ask the indicators NĐ 351/2025 added
            assertThat(d.unasked()).contains("INTERNET_USE", "DIGITAL_SERVICE_USE", "HOUSEHOLD_WASTE");
        }
        // a draft is no survey: nobody is surveyed, step 2 cannot finish, nothing of 2027 exists
        assertThat(rounds.households(id)).noneMatch(Rounds.Member::surveyed);
        assertThat(lists.survey(d.householdCode(), YEAR)).isEmpty();
        assertThatThrownBy(() -> rounds.finishSurvey(id, "test")).isInstanceOfSatisfying(RoundRefused.class,
                e -> assertThat(e.key()).isEqualTo("poverty.round.refused.unsurveyed"));
        // carried over once only
        assertThat(bulk.carryOver(id, "test")).isZero();

        // confirming (saving form B) makes it this year's survey and removes the draft
        rounds.survey(id, d.householdCode(), d.monthlyIncome(), List.of("EMPLOYMENT"), "test");
        assertThat(bulk.drafts(id)).doesNotContainKey(d.householdCode()).hasSize(drafts - 1);
        assertThat(lists.survey(d.householdCode(), YEAR)).isPresent();
    }

    @Test
    void theSurveyFormShowsTheDraftAsCarriedOver() throws Exception {
        bulk.carryOver(id, "test");
        String code = bulk.drafts(id).keySet().iterator().next();
        String html = mvc.perform(get("/poverty/rounds/" + id + "/survey/" + code).with(httpBasic("badinh",
                "chungsuc"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"survey-draft\"", "Bản nháp chuyển từ phiếu B năm",
                "chưa được tính là phiếu năm nay");
        String round = mvc.perform(get("/poverty/rounds/" + id).with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(round).contains("survey-draft", "Bản nháp (từ 20");
    }

    private byte[] template() throws Exception {
        return mvc.perform(get("/poverty/rounds/" + id + "/survey.xlsx").with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    /** Fills every household row: income 3,000,000 and no deprivation, the first with two; then the changes. */
    private byte[] filled(byte[] template, java.util.function.Consumer<Sheet> change) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheetAt(0);
            int header = header(sheet);
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                row.createCell(3).setCellValue(3_000_000);
                if (r == header + 1) {
                    row.createCell(4).setCellValue("x");
                    row.createCell(5).setCellValue("X");
                }
            }
            change.accept(sheet);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static int header(Sheet sheet) {
        for (int r = 0; r < 10; r++) {
            if (sheet.getRow(r) != null && "Mã hộ".equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no header row");
    }

    private String dryRun(byte[] file, MockHttpSession session) throws Exception {
        return mvc.perform(multipart("/poverty/rounds/" + id + "/import").file(new MockMultipartFile("file",
                "phieu-b.xlsx", "application/octet-stream", file)).session(session)
                .with(httpBasic("badinh", "chungsuc")).with(csrf())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aWorkbookIsDryRunWithRowAndColumnErrorsThenAppliedAllOrNothing() throws Exception {
        byte[] template = template();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheetAt(0);
            int header = header(sheet);
            assertThat(sheet.getLastRowNum() - header).as("one row per listed household").isEqualTo(listed.size());
            assertThat(sheet.getRow(header).getCell(4).getStringCellValue()).isEqualTo("Việc làm");
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("Hướng dẫn");
            StringBuilder guide = new StringBuilder();
            wb.getSheetAt(1).forEach(r -> r.forEach(c -> guide.append(c.toString()).append(' ')));
            assertThat(guide).contains("VD-000001", "x (hoặc 1)", "1.000.000.000");
        }
        MockHttpSession session = new MockHttpSession();
        byte[] bad = filled(template, sheet -> {
            int h = header(sheet);
            sheet.getRow(h + 2).getCell(3).setCellValue("ba triệu");
            sheet.getRow(h + 3).createCell(6).setCellValue("có lẽ");
            Row extra = sheet.createRow(sheet.getLastRowNum() + 1);
            extra.createCell(0).setCellValue("KHONG-CO-HO");
            extra.createCell(3).setCellValue(1_000_000);
        });
        String report = dryRun(bad, session);
        int h;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            h = header(wb.getSheetAt(0));
        }
        assertThat(report).contains("id=\"dry-run-rejected\"", "Tệp có 3 lỗi; chưa ghi phiếu nào",
                "<td>" + (h + 3) + "</td>", "D (Thu nhập bình quân đầu người/tháng (đồng))", "tệp ghi &quot;ba triệu&quot;",
                "<td>" + (h + 4) + "</td>", "Ô chỉ số chỉ nhận x", "KHONG-CO-HO không có trong danh sách rà soát")
                .doesNotContain("id=\"apply-import\"");
        assertThat(rounds.households(id)).noneMatch(Rounds.Member::surveyed);
        // nothing waits to be applied after a failed dry run
        mvc.perform(post("/poverty/rounds/" + id + "/import/apply").session(session)
                .with(httpBasic("badinh", "chungsuc")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(rounds.households(id)).noneMatch(Rounds.Member::surveyed);

        byte[] good = filled(template, sheet -> { });
        String ok = dryRun(good, session);
        assertThat(ok).contains("id=\"dry-run-ok\"", "sẽ ghi " + listed.size() + " phiếu B", "id=\"apply-import\"");
        assertThat(rounds.households(id)).as("a dry run saves nothing").noneMatch(Rounds.Member::surveyed);

        // all or nothing: a household leaves the list between the dry run and the import, so nothing is saved
        String leaving = listed.get(listed.size() - 1);
        jdbc.sql("delete from poverty_round_household where round_id = :r and household_code = :h").param("r", id)
                .param("h", leaving).update();
        mvc.perform(post("/poverty/rounds/" + id + "/import/apply").session(session)
                .with(httpBasic("badinh", "chungsuc")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(rounds.households(id)).noneMatch(Rounds.Member::surveyed);
        jdbc.sql("insert into poverty_round_household (round_id, household_code, reason) values (:r, :h, 'APPLIED')")
                .param("r", id).param("h", leaving).update();

        dryRun(good, session);
        mvc.perform(post("/poverty/rounds/" + id + "/import/apply").session(session)
                .with(httpBasic("badinh", "chungsuc")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(rounds.households(id)).allMatch(Rounds.Member::surveyed);
        Survey first = lists.survey(listed.get(0), YEAR).orElseThrow();
        assertThat(first.monthlyIncome()).isEqualTo(3_000_000L);
        assertThat(Integer.bitCount(first.deprivations())).isEqualTo(2);
        assertThat(rounds.finishSurvey(id, "test")).isEqualTo(listed.size());
    }

    @Test
    void saveAllSavesNothingWhenOneAnswerIsRefused() {
        List<BulkSurveys.Answer> answers = List.of(new BulkSurveys.Answer(listed.get(0), 2_000_000, List.of()),
                new BulkSurveys.Answer(listed.get(1), Rounds.MAX_INCOME + 1, List.of()));
        assertThatThrownBy(() -> bulk.saveAll(id, answers, "test")).isInstanceOf(RoundRefused.class);
        assertThat(lists.survey(listed.get(0), YEAR)).isEmpty();
    }

    @Test
    void theGridSavesRowByRowWithItsErrorsInline() throws Exception {
        String a = listed.get(0);
        String b = listed.get(1);
        String page = mvc.perform(get("/poverty/rounds/" + id + "/grid").with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"survey-grid\"", "js/poverty/grid.js");
        String all = mvc.perform(post("/poverty/rounds/" + id + "/grid").param("h", a, b)
                .param("income." + a, "1.400.000").param("dep." + a, "EMPLOYMENT", "NUTRITION", "BOGUS")
                .param("income." + b, "abc").with(httpBasic("badinh", "chungsuc")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(all).contains("Đã lưu 1 phiếu B; 1 dòng có lỗi", "grid-row-" + b,
                "Thu nhập phải là một số đồng", "value=\"abc\"");
        Survey saved = lists.survey(a, YEAR).orElseThrow();
        assertThat(saved.monthlyIncome()).isEqualTo(1_400_000L);
        assertThat(Integer.bitCount(saved.deprivations())).isEqualTo(2);
        assertThat(lists.survey(b, YEAR)).isEmpty();

        // one row through htmx: only that row comes back
        String row = mvc.perform(post("/poverty/rounds/" + id + "/grid").header("HX-Request", "true").param("h", b)
                .param("income." + b, "2500000").with(httpBasic("badinh", "chungsuc")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(row.strip()).startsWith("<tr").contains("grid-row-" + b, "Vừa lưu").doesNotContain("<tbody",
                "grid-row-" + a, "<html");
        assertThat(lists.survey(b, YEAR).orElseThrow().monthlyIncome()).isEqualTo(2_500_000L);

        // the area head may not write the ward's round
        mvc.perform(post("/poverty/rounds/" + id + "/grid").param("h", b).param("income." + b, "1")
                .with(httpBasic("kp1badinh", "chungsuc")).with(csrf())).andExpect(status().is4xxClientError());
    }
    @Test
    void thePublicPostingListIsPagedAndSearchedByAreaAndName() throws Exception {
        bulk.saveAll(id, listed.stream().map(c -> new BulkSurveys.Answer(c, 1_000_000, List.of())).toList(), "test");
        rounds.finishSurvey(id, "test");
        rounds.meeting(id, 20, 15, "Biên bản họp dân", "test");
        rounds.startPosting(id, LocalDate.of(YEAR, 11, 20), "test");
        String all = mvc.perform(get("/public/poverty/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(all).contains("id=\"public-search\"", listed.size() + " hộ phù hợp trong " + listed.size());
        var h = registry.household(listed.get(listed.size() - 1), LocalDate.of(YEAR, 11, 20)).orElseThrow();
        String folded = vn.chungsuc.shared.text.VietnameseText.searchKey(h.headName());
        String byName = mvc.perform(get("/public/poverty/" + id).param("q", folded).param("unit", h.areaCode()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(byName).contains(h.headName(), "selected=\"selected\"");
        long shown = byName.lines().filter(l -> l.contains("<tr><td>")).count();
        assertThat(shown).isPositive().isLessThan(listed.size());
        String none = mvc.perform(get("/public/poverty/" + id).param("q", "khong co ai ten nay"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(none).contains("0 hộ phù hợp").doesNotContain(h.headName());
        // a page beyond the last is the last; a page that is no number is the first
        mvc.perform(get("/public/poverty/" + id).param("page", "abc")).andExpect(status().isOk());
        mvc.perform(get("/public/poverty/" + id).param("page", "99999")).andExpect(status().isOk());
    }
}
