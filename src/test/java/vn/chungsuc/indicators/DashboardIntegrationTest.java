package vn.chungsuc.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.campaign.TargetView;
import vn.chungsuc.indicators.domain.Fraction;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.indicators.domain.ProgressBoard;
import vn.chungsuc.shared.scope.UnitScope;

/**
 * The dashboard of the seed programme on the demo data: all 17 targets with the seed's goals, figures that add up
 * from the units below, the same figures on the units after the mergers, completeness, the Excel export and the
 * response time.
 */
@IntegrationTest
class DashboardIntegrationTest {

    /** Each target of section III as the seed words it, and its goal as the seed writes it. */
    static final Map<String, String[]> SEED = Map.ofEntries(
            Map.entry("NTM-1", new String[] {"Đến năm 2020 có 2/2 xã đạt chuẩn nông thôn mới = 100%", "2/2"}),
            Map.entry("NTM-2", new String[] {"Đảm bảo 100% hộ dân được sử dụng nước hợp vệ sinh, nước sạch theo quy định",
                    "100%"}),
            Map.entry("NTM-3", new String[] {"góp phần giảm tỷ lệ hộ nghèo còn 1%", "≤ 1%"}),
            Map.entry("NTM-4", new String[] {"Đến năm 2020 có 75% hộ gia đình đạt chuẩn văn hóa", "75%"}),
            Map.entry("NTM-5", new String[] {"17/17 Thôn, xóm được công nhận Thôn, xóm văn hóa = 100%", "17/17"}),
            Map.entry("DTVM-1", new String[] {"100% các xã, phường được thu gom rác thải đúng quy định", "100%"}),
            Map.entry("DTVM-2", new String[] {"Trên 80% hộ gia đình đạt chuẩn văn hóa", "Trên 80%"}),
            Map.entry("DTVM-3", new String[] {"47/48 khu phố được công nhận khu phố văn hóa", "47/48"}),
            Map.entry("DTVM-4", new String[] {"85 cơ quan, đơn vị được công nhận đạt chuẩn văn hóa", "85"}),
            Map.entry("DTVM-5", new String[] {"70% công dân trên địa bàn Thị xã đạt tiêu chí “Công dân gương mẫu”",
                    "70%"}),
            Map.entry("DTVM-6", new String[] {"70% hộ gia đình trên địa bàn Thị xã đạt tiêu chí “Gia đình kiểu mẫu” theo "
                    + "quy định tại quyết định số 488/2014/QĐ-UBND ngày 17/02/2014 của UBND tỉnh Thanh Hóa", "70%"}),
            Map.entry("DTVM-7", new String[] {"2/6 phường đạt chuẩn văn minh đô thị", "2/6"}),
            Map.entry("DTVM-8", new String[] {"60% khu phố đạt tiêu chí Văn minh đô thị", "60%"}),
            Map.entry("DTVM-9", new String[] {"90% cơ quan đơn vị, trường học đạt tiêu chí Văn minh đô thị", "90%"}),
            Map.entry("DTVM-10", new String[] {"60% doanh nghiệp đạt tiêu chí Văn minh đô thị", "60%"}),
            Map.entry("DTVM-11", new String[] {"60% điểm công cộng của Thị xã đạt tiêu chí Văn minh đô thị", "60%"}),
            Map.entry("DTVM-12", new String[] {"50% các tuyến đường của Thị xã đạt tiêu chí Văn minh đô thị", "50%"}));

    @Autowired MockMvc mvc;
    @Autowired CampaignApi campaign;
    @Autowired ProgressBoard board;
    @Autowired UserDetailsService users;
    private final JsonMapper json = JsonMapper.builder().build();

    private ProgrammeView seed() {
        return campaign.programmes().stream().filter(p -> p.number().equals("1995/CTrPH-UBND-UB.MTTQ")).findFirst()
                .orElseThrow();
    }

    private String html(String path, String user) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, "chungsuc"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private Map<String, JsonNode> api(String query) throws Exception {
        JsonNode list = json.readTree(html("/api/v1/programmes/" + seed().id() + "/targets?" + query, "mttq"));
        List<JsonNode> items = new ArrayList<>();
        list.forEach(items::add);
        return items.stream().collect(Collectors.toMap(n -> n.get("code").asString(), Function.identity()));
    }

    @Test
    void theTownsDashboardFor2020ShowsAllSeventeenTargetsWithTheGoalsTheSeedStates() throws Exception {
        String page = html("/dashboard?programme=" + seed().id() + "&year=2020", "mttq");
        assertThat(page).contains("Thị xã Bỉm Sơn – Năm 2020", "Về xây dựng nông thôn mới",
                "Về xây dựng đô thị văn minh", "Cách đánh giá");
        SEED.forEach((code, seedText) -> {
            int row = page.indexOf("id=\"row-" + code + "\"");
            assertThat(row).as("row of %s", code).isPositive();
            String cells = page.substring(row, page.indexOf("</tr>", row));
            assertThat(cells).as("label of %s", code).contains(seedText[0]);
            assertThat(cells).as("goal of %s", code).contains(">" + seedText[1] + "<");
        });
        assertThat(page.split("class=\"target-link\"", -1)).hasSize(18);
    }

    @Test
    void theApiGivesEachTargetItsValueGoalAndStatusComputedFromTheDemoRecords() throws Exception {
        Map<String, JsonNode> targets = api("unit=381&year=2020");
        assertThat(targets).hasSize(17).containsOnlyKeys(SEED.keySet());
        targets.forEach((code, t) -> {
            assertThat(t.get("label").asString()).contains(SEED.get(code)[0]);
            assertThat(t.get("goal").get("text").asString()).isEqualTo(SEED.get(code)[1]);
            assertThat(t.get("value").isNull()).as("value of %s", code).isFalse();
            // 2020 is the programme's last year and it is over: a goal it did not meet is not met.
            assertThat(t.get("status").asString()).isIn("ACHIEVED", "NOT_MET");
        });
        assertThat(targets.get("DTVM-3").get("kind").asString()).isEqualTo("COUNT");
        assertThat(targets.get("NTM-3").get("kind").asString()).isEqualTo("CEILING");
        assertThat(targets.get("DTVM-12").get("status").asString()).isEqualTo("NOT_MET");
    }

    @Test
    void theFiguresOfTheUnitsBelowAddUpToTheTowns() {
        ProgrammeView p = seed();
        for (int year = 2017; year <= 2020; year++) {
            for (Period period : List.of(Period.year(year), Period.firstHalf(year))) {
                ProgressBoard.Scope scope = board.scope(p, "381", period, null, UnitScope.ALL).orElseThrow();
                for (TargetView t : campaign.targets(p.id())) {
                    ProgressBoard.Detail d = board.detail(scope, t);
                    Fraction sum = d.breakdown().stream().map(ProgressBoard.Cell::value)
                            .filter(java.util.Objects::nonNull).reduce(Fraction.ZERO, Fraction::plus);
                    Fraction town = d.row().value() == null ? Fraction.ZERO : d.row().value();
                    assertThat(sum).as("%s in %s", t.code(), period).isEqualTo(town);
                }
            }
        }
    }

    @Test
    void haLansFiguresCountUnderDongSonOnTheUnitsAfterTheMerger() throws Exception {
        JsonNode haLan = api("unit=14827&year=2018").get("DTVM-5");
        JsonNode dongSon = api("unit=14821&year=2018").get("DTVM-5");
        JsonNode dongSonAfter = api("unit=14821&year=2018&on=2020-12-31").get("DTVM-5");
        assertThat(dongSonAfter.get("numerator").asLong())
                .isEqualTo(haLan.get("numerator").asLong() + dongSon.get("numerator").asLong());
        assertThat(dongSonAfter.get("denominator").asLong())
                .isEqualTo(haLan.get("denominator").asLong() + dongSon.get("denominator").asLong());
    }

    @Test
    void theTownsFiguresShownOnTodaysUnitsAreTheSameSpreadOverTheWardsOf2025() throws Exception {
        LocalDate today = LocalDate.of(2026, 1, 15);
        Map<String, JsonNode> inPeriod = api("unit=381&year=2020");
        Map<String, JsonNode> onToday = api("unit=381&year=2020&on=" + today);
        inPeriod.forEach((code, t) -> {
            assertThat(onToday.get(code).get("numerator")).as(code).isEqualTo(t.get("numerator"));
            assertThat(onToday.get(code).get("denominator")).as(code).isEqualTo(t.get("denominator"));
        });
        String page = html("/dashboard?programme=" + seed().id() + "&year=2020&on=" + today, "mttq");
        assertThat(page).contains("Phường Bỉm Sơn", "Phường Quang Trung", "không còn vào ngày 15/01/2026");
    }

    @Test
    void aWardOfficerSeesHisWardAndNotTheTown() throws Exception {
        String page = html("/dashboard?programme=" + seed().id() + "&year=2020", "badinh");
        assertThat(page).contains("Phường Ba Đình – Năm 2020").doesNotContain("Thị xã Bỉm Sơn – Năm 2020");
        mvc.perform(get("/dashboard?programme=" + seed().id() + "&year=2020&unit=14824")
                .with(httpBasic("badinh", "chungsuc"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programmes/" + seed().id() + "/targets?unit=381&year=2020")
                .with(httpBasic("badinh", "chungsuc"))).andExpect(status().isNotFound());
    }

    @Test
    void aTargetDrillsDownToTheWardsAndAWardToTheValuesBehindItsNumber() throws Exception {
        TargetView quarters = campaign.targets(seed().id()).stream().filter(t -> t.code().equals("DTVM-3"))
                .findFirst().orElseThrow();
        String town = html("/dashboard/targets/" + quarters.id() + "?year=2020", "mttq");
        assertThat(town).contains("Theo đơn vị trực thuộc", "Phường Ba Đình", "data-chart=\"bars\"",
                "data-chart=\"trend\"");
        // Cultural areas are counted from the recognition decisions: the records are the titles in force.
        String location = mvc.perform(get("/dashboard/targets/" + quarters.id() + "/records?year=2020&unit=14812")
                        .with(httpBasic("mttq", "chungsuc"))).andExpect(status().is3xxRedirection()).andReturn()
                .getResponse().getRedirectedUrl();
        assertThat(location).isEqualTo("/recognition/titles?unit=14812&asOf=2020-12-31&title=CULTURAL_AREA");
        String ward = html(location, "mttq");
        assertThat(ward).contains("Phường Ba Đình, ngày 31/12/2020: 11 danh hiệu của năm 2020", "Khu phố 1",
                "/QĐ-UBND");
    }

    @Test
    void theCompletenessViewNamesTheUnitsThatHaveNotEnteredTheFirstHalfOf2020() throws Exception {
        String page = html("/dashboard/completeness?programme=" + seed().id() + "&year=2020&half=true", "mttq");
        int row = page.indexOf("data-indicator=\"exemplary-citizens\"");
        String cells = page.substring(row, page.indexOf("</tr>", row));
        int quangTrung = cells.indexOf("data-unit=\"14824\"");
        assertThat(cells.substring(quangTrung, cells.indexOf("</td>", quangTrung))).contains("Chưa nhập");
        // Cultural families are counted from the recognition decisions now: nothing to enter, no row.
        assertThat(page).doesNotContain("data-indicator=\"cultural-families\"")
                .contains("data-indicator=\"civilised-streets\"");
    }

    @Test
    void theTableExportsToAnExcelWorkbook() throws Exception {
        byte[] xlsx = mvc.perform(get("/dashboard/export.xlsx?programme=" + seed().id() + "&year=2020")
                        .with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet targets = wb.getSheetAt(0);
            List<String> codes = new ArrayList<>();
            for (int r = 4; r <= targets.getLastRowNum(); r++) {
                codes.add(targets.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(codes).containsExactlyInAnyOrderElementsOf(SEED.keySet());
            assertThat(targets.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Chỉ tiêu");
            assertThat(wb.getSheetAt(1).getLastRowNum()).isGreaterThan(50);
        }
    }

    @Test
    void theDashboardAnswersFastOnTheDemoData() throws Exception {
        UserDetails mttq = users.loadUserByUsername("mttq");
        var auth = authentication(new UsernamePasswordAuthenticationToken(mttq, null, mttq.getAuthorities()));
        String path = "/dashboard?programme=" + seed().id() + "&year=2020";
        for (int i = 0; i < 5; i++) {
            mvc.perform(get(path).with(auth)).andExpect(status().isOk());
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long start = System.nanoTime();
            mvc.perform(get(path).with(auth)).andExpect(status().isOk());
            micros.add((System.nanoTime() - start) / 1000);
        }
        Collections.sort(micros);
        long median = micros.get(micros.size() / 2);
        long p95 = micros.get((int) (micros.size() * 0.95) - 1);
        System.out.printf("Dashboard response time on the demo data: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                median / 1000.0, p95 / 1000.0, micros.get(micros.size() - 1) / 1000.0);
    }
}
