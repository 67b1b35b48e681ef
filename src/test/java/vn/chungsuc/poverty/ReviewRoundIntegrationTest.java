package vn.chungsuc.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.poverty.domain.ListEntry;
import vn.chungsuc.poverty.domain.Lists;
import vn.chungsuc.poverty.domain.PovertyPolicy;
import vn.chungsuc.poverty.domain.PovertyStatistics;
import vn.chungsuc.poverty.domain.Round;
import vn.chungsuc.poverty.domain.RoundRefused;
import vn.chungsuc.poverty.domain.Rounds;
import vn.chungsuc.poverty.domain.Standard;
import vn.chungsuc.poverty.domain.Standards;
import vn.chungsuc.poverty.domain.Survey;
import vn.chungsuc.registry.HouseholdRef;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * A review round of phường Bỉm Sơn (38-BS) for 2026 walks the six steps in order; a failed village meeting sends it
 * back to the survey; its decision replaces the 2025 list and the poor-household count follows. Also: the demo
 * history, and the set classifier agreeing with the policy on every demo survey of a year.
 */
@IntegrationTest
class ReviewRoundIntegrationTest {

    static final String WARD = "38-BS";

    @Autowired Rounds rounds;
    @Autowired Lists lists;
    @Autowired Standards standards;
    @Autowired PovertyStatistics statistics;
    @Autowired RegistryApi registry;
    @Autowired TerritoryApi territory;
    @Autowired JdbcClient jdbc;
    @Autowired vn.chungsuc.poverty.domain.Overrides overrides;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    private List<String> areas(String unit, LocalDate on) {
        return territory.subtree(unit, on, UnitScope.ALL).stream()
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).map(UnitView::code).toList();
    }

    private long count(String metric, List<String> areas, LocalDate on) {
        Map<String, Long> counts = statistics.countByUnit(metric, on);
        return areas.stream().mapToLong(a -> counts.getOrDefault(a, 0L)).sum();
    }

    @Test
    void theDemoHistoryFallsTowardsOnePercentAndRisesWithTheNewStandardOf2022() {
        List<String> town = areas("381", LocalDate.of(2020, 12, 31));
        double[] rates = new double[10];
        for (int y = 2016; y <= 2025; y++) {
            LocalDate end = LocalDate.of(y, 12, 31);
            List<String> a = y < 2025 ? areas("381", LocalDate.of(y, 12, 12)) : areas("38", end).stream()
                    .filter(c -> c.startsWith("148")).toList();
            long households = registry.countHouseholds(a, y == 2016 ? LocalDate.of(2017, 1, 1) : end);
            rates[y - 2016] = 100.0 * count(PovertyStatistics.POOR, a, end) / households;
        }
        System.out.printf("Demo poor-household rates 2016–2025: %s%n", java.util.Arrays.toString(rates));
        assertThat(town).isNotEmpty();
        assertThat(rates[0]).isGreaterThan(rates[1]);
        assertThat(rates[1]).isBetween(4.0, 5.6);
        assertThat(rates[4]).isBetween(1.0, 1.9);
        assertThat(rates[5]).as("late-2021 review under NĐ 07/2021").isGreaterThan(rates[4]);
        assertThat(rates[9]).isLessThan(1.0);
        // the first half of 2021 still counts the list decided in December 2020
        assertThat(count(PovertyStatistics.POOR, town, LocalDate.of(2021, 6, 30)))
                .isEqualTo(count(PovertyStatistics.POOR, town, LocalDate.of(2020, 12, 31)));
    }

    @Test
    void theSetClassifierAgreesWithThePolicyOnEveryDemoSurveyOfAYear() {
        Standard s = standards.find("QD59_2015").orElseThrow();
        List<String> codes = jdbc.sql("select household_code from poverty_survey where year = 2018")
                .query(String.class).list();
        int checked = 0;
        for (String code : codes) {
            Survey survey = lists.survey(code, 2018).orElseThrow();
            ListEntry entry = lists.entry(code, 2018).orElseThrow();
            var decision = PovertyPolicy.byIncome(s, survey.area(), survey.monthlyIncome(),
                    Standards.deprived(s, survey.deprivations()));
            assertThat(entry.result()).as(code).isEqualTo(decision.result());
            assertThat(entry.deprivationCount()).as(code).isEqualTo(decision.deprivationCount());
            checked++;
        }
        assertThat(checked).isGreaterThan(15_000);
    }

    @Test
    void aRoundWalksTheSixStepsInOrderAndItsDecisionReplacesTheList() throws Exception {
        LocalDate today = today();
        List<String> wardAreas = areas(WARD, today);
        long poorBefore = count(PovertyStatistics.POOR, wardAreas, today);
        assertThat(poorBefore).isPositive();
        long id = rounds.open(WARD, 2026, 3, "test");
        Round r = rounds.find(id).orElseThrow();
        assertThat(r.standardCode()).as("the 2026 review decides the 2027 list").isEqualTo("ND351_2025");
        assertThatThrownBy(() -> rounds.open(WARD, 2026, 3, "test")).isInstanceOf(RoundRefused.class);
        assertThatThrownBy(() -> rounds.meeting(id, 10, 8, "Biên bản", "test"))
                .isInstanceOfSatisfying(RoundRefused.class, e -> assertThat(e.key())
                        .isEqualTo("poverty.round.refused.earlier"));

        HouseholdRef applicant = registry.households(wardAreas, today).stream()
                .filter(h -> lists.history(h.code()).stream().noneMatch(e -> e.year() == 2025
                        && e.effective() != PovertyClass.NOT_POOR)).findFirst().orElseThrow();
        assertThatThrownBy(() -> rounds.listHouseholds(id, List.of("NO-SUCH-HOUSEHOLD"), "test"))
                .isInstanceOf(RoundRefused.class);
        int listed = rounds.listHouseholds(id, List.of(applicant.code()), "test");
        assertThat(rounds.households(id)).extracting(Rounds.Member::reason)
                .contains("APPLIED", "CURRENT_POOR", "CURRENT_NEAR_POOR");
        assertThatThrownBy(() -> rounds.finishSurvey(id, "test")).isInstanceOfSatisfying(RoundRefused.class,
                e -> assertThat(e.key()).isEqualTo("poverty.round.refused.unsurveyed"));
        for (Rounds.Member m : rounds.households(id)) {
            if (m.householdCode().equals(applicant.code())) {
                rounds.survey(id, m.householdCode(), 1_200_000, List.of("EMPLOYMENT", "HEALTH_INSURANCE",
                        "HOUSEHOLD_WASTE"), "test");
            } else {
                rounds.survey(id, m.householdCode(), 3_500_000, List.of(), "test");
            }
        }
        assertThatThrownBy(() -> rounds.survey(id, applicant.code(), 1, List.of("INFORMATION_ASSETS"), "test"))
                .isInstanceOf(RoundRefused.class);
        String scored = rounds.households(id).stream().map(Rounds.Member::householdCode)
                .filter(c -> !c.equals(applicant.code())).findFirst().orElseThrow();
        rounds.surveyScores(id, scored, 190, 40, "test");
        byte[] form = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/poverty/rounds/" + id + "/survey/" + applicant.code() + ".pdf")
                        .with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.httpBasic("badinh", "chungsuc")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(form)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("PHIẾU B",
                    applicant.code(), "1.200.000", "Việc làm");
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 70),
                    "png", java.nio.file.Path.of("target/screenshots/68-poverty-form-b.png").toFile());
        }
        assertThat(rounds.finishSurvey(id, "test")).isEqualTo(listed);

        assertThatThrownBy(() -> rounds.meeting(id, 10, 4, "Biên bản số 1", "test"))
                .isInstanceOfSatisfying(RoundRefused.class, e -> assertThat(e.key())
                        .isEqualTo("poverty.round.refused.meeting"));
        assertThat(rounds.find(id).orElseThrow().current()).as("back to the survey").isEqualTo(2);
        rounds.finishSurvey(id, "test");
        rounds.meeting(id, 10, 5, "Biên bản số 2", "test");

        assertThatThrownBy(() -> rounds.finishPosting(id, "test")).isInstanceOf(RoundRefused.class);
        rounds.startPosting(id, today, "test");
        assertThat(rounds.posting()).extracting(Round::id).contains(id);
        assertThatThrownBy(() -> rounds.finishPosting(id, "test")).isInstanceOfSatisfying(RoundRefused.class,
                e -> assertThat(e.key()).isEqualTo("poverty.round.refused.postingRunning"));
        jdbc.sql("update poverty_round set posted_from = :d where id = :id").param("d", today.minusDays(5))
                .param("id", id).update();
        long objection = rounds.objection(id, applicant.code(), "Nguyễn Văn B", "Hộ này mới mua xe máy");
        assertThatThrownBy(() -> rounds.finishPosting(id, "test")).isInstanceOfSatisfying(RoundRefused.class,
                e -> assertThat(e.key()).isEqualTo("poverty.round.refused.unanswered"));
        rounds.answer(id, objection, "Đã phúc tra: xe máy cũ, thu nhập vẫn dưới chuẩn", "test");
        rounds.finishPosting(id, "test");
        rounds.report(id, "Báo cáo số 12/BC-UBND gửi Sở Nông nghiệp và Môi trường", "test");
        assertThat(count(PovertyStatistics.POOR, wardAreas, today)).as("not decided yet").isEqualTo(poorBefore);
        java.time.Instant decidedAt = java.time.Instant.now();
        rounds.decide(id, "45/QĐ-UBND", today, "test");

        Round done = rounds.find(id).orElseThrow();
        assertThat(done.decided()).isTrue();
        assertThat(done.steps()).hasSize(6);
        assertThat(done.steps().values()).allSatisfy(s -> assertThat(s.doneBy()).isEqualTo("test"));
        assertThat(count(PovertyStatistics.POOR, wardAreas, today)).isEqualTo(1);
        assertThat(count(PovertyStatistics.POOR, wardAreas, today.minusDays(1))).isEqualTo(poorBefore);
        Rounds.DecisionLists decided = rounds.decisionLists(done);
        assertThat(decided.poor()).extracting(ListEntry::householdCode).containsExactly(applicant.code());
        assertThat(decided.exitedPoor()).isNotEmpty().hasSizeLessThanOrEqualTo((int) poorBefore);
        assertThat(decided.nearPoor()).isEmpty();
        // The fund hears it: one PovertyStatusChanged naming who joined the list and who left it.
        List<String> announced = jdbc.sql("""
                select serialized_event from event_publication
                where event_type = :type and publication_date >= :start""")
                .param("type", PovertyStatusChanged.class.getName())
                .param("start", java.sql.Timestamp.from(decidedAt)).query(String.class).list();
        assertThat(announced).hasSize(1);
        assertThat(announced.get(0)).contains(applicant.code(), decided.exitedPoor().get(0), today.toString());
        assertThat(lists.entry(scored, 2026).orElseThrow().result()).as("score A 190 > 175")
                .isEqualTo(PovertyClass.NOT_POOR);
        assertThatThrownBy(() -> rounds.report(id, "again", "test")).isInstanceOfSatisfying(RoundRefused.class,
                e -> assertThat(e.key()).isEqualTo("poverty.round.refused.done"));

        // an officer overrides the applicant's class, with a reason: audited, counted instead of the computed class
        overrides.set(lists.entry(applicant.code(), 2026).orElseThrow(), PovertyClass.NEAR_POOR,
                "Phúc tra: hộ có thu nhập từ lương hưu chưa kê khai", "test");
        ListEntry overridden = lists.entry(applicant.code(), 2026).orElseThrow();
        assertThat(overridden.result()).isEqualTo(PovertyClass.POOR);
        assertThat(overridden.effective()).isEqualTo(PovertyClass.NEAR_POOR);
        assertThat(count(PovertyStatistics.POOR, wardAreas, today)).isZero();
        assertThat(count(PovertyStatistics.NEAR_POOR, wardAreas, today)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type = 'POVERTY_CLASSIFICATION'"
                + " and entity_id = :id").param("id", applicant.code() + "/2026").query(Long.class).single())
                .isEqualTo(1);
        overrides.set(overridden, null, "Bỏ điều chỉnh", "test");
        assertThat(count(PovertyStatistics.POOR, wardAreas, today)).isEqualTo(1);

        byte[] pdf = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/poverty/rounds/" + id + "/certificates/" + applicant.code() + ".pdf")
                        .with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.httpBasic("badinh", "chungsuc")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("GIẤY CHỨNG NHẬN HỘ NGHÈO, HỘ CẬN NGHÈO", "HỘ NGHÈO", "45/QĐ-UBND",
                    applicant.headName(), "Việc làm", "Chủ hộ");
            assertThat(registry.members(applicant.code(), today)).hasSize(applicant.members())
                    .first().satisfies(m -> assertThat(m.relation()).isEqualTo("HEAD"));
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 70),
                    "png", java.nio.file.Path.of("target/screenshots/67-poverty-certificate.png").toFile());
        }

        // the decided lists as a workbook: names, areas, classes; the export is audited
        byte[] xlsx = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/poverty/rounds/" + id + "/lists.xlsx")
                        .with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.httpBasic("badinh", "chungsuc")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            var poor = book.getSheet("Hộ nghèo");
            assertThat(poor.getRow(0).getCell(0).getStringCellValue()).startsWith("Hộ nghèo – ").endsWith("năm 2026");
            assertThat(poor.getRow(1).getCell(0).getStringCellValue()).contains("45/QĐ-UBND");
            assertThat(poor.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Chủ hộ");
            assertThat(poor.getRow(4).getCell(1).getStringCellValue()).isEqualTo(applicant.code());
            assertThat(poor.getRow(4).getCell(2).getStringCellValue()).isEqualTo(applicant.headName());
            assertThat(poor.getRow(4).getCell(3).getStringCellValue()).isNotBlank();
            assertThat(poor.getRow(4).getCell(4).getStringCellValue()).isEqualTo("Hộ nghèo");
            assertThat(poor.getLastRowNum()).isEqualTo(4);
            var exited = book.getSheet("Thoát nghèo");
            assertThat(exited.getLastRowNum() - 3).isEqualTo(decided.exitedPoor().size());
            assertThat(exited.getRow(4).getCell(2).getStringCellValue()).isNotBlank();
        }
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where action = 'EXPORT' and entity_type = "
                + "'poverty.round' and entity_id = :id").param("id", String.valueOf(id)).query(Long.class).single())
                .isEqualTo(1);
    }
}
