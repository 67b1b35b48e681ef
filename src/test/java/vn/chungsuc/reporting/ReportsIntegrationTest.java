package vn.chungsuc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.indicators.IndicatorsApi;
import vn.chungsuc.indicators.TargetProgress;
import vn.chungsuc.reporting.document.DocxLint;
import vn.chungsuc.shared.scope.UnitScope;

/**
 * The reports' API on the demo (thị xã Bỉm Sơn, 381): every kind is drafted from the contributed sections and passes
 * the lint of decree 30/2020; the yearly report's figures are the dashboard's; a report goes from draft to issue with
 * the register's next number and is frozen; refusals name their field; the user's units are checked.
 */
@IntegrationTest
class ReportsIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CampaignApi campaign;
    @Autowired IndicatorsApi indicators;
    private final ObjectMapper json = new ObjectMapper();

    long create(String body, String user) throws Exception {
        String out = mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(csrf()).with(httpBasic(user, "chungsuc"))).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(out).get("id").asLong();
    }

    byte[] download(long id, String ext, String user) throws Exception {
        return mvc.perform(get("/api/v1/reports/" + id + "." + ext).with(httpBasic(user, "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    static String text(byte[] docx) throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        }
    }

    @Test
    void everyKindIsDraftedFromTheSectionsAndPassesTheLint() throws Exception {
        List<String> bodies = List.of(
                "{\"kind\":\"SIX_MONTH\",\"unit\":\"381\",\"year\":2018}",
                "{\"kind\":\"YEARLY\",\"unit\":\"381\",\"year\":2018,\"programme\":\"1995/CTrPH-UBND-UB.MTTQ\"}",
                "{\"kind\":\"REVIEW\",\"unit\":\"381\",\"year\":2018,\"from\":2017}",
                "{\"kind\":\"REVIEW\",\"unit\":\"381\",\"year\":2019,\"from\":2017}",
                "{\"kind\":\"FINAL_REVIEW\",\"unit\":\"381\",\"year\":2020,\"from\":2017}",
                "{\"kind\":\"YEARLY\",\"unit\":\"14812\",\"year\":2019}",
                "{\"kind\":\"POVERTY_REVIEW\",\"unit\":\"381\",\"year\":2018}",
                "{\"kind\":\"FUND_YEARLY\",\"unit\":\"381\",\"year\":2018}");
        for (String body : bodies) {
            long id = create(body, "mttq");
            byte[] docx = download(id, "docx", "mttq");
            assertThat(DocxLint.check(docx)).as(body).isEmpty();
            String t = text(docx);
            assertThat(t).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
                    "I. KẾT QUẢ THỰC HIỆN", "II. ĐÁNH GIÁ CHUNG", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ", "Nơi nhận:",
                    "- Lưu: VT, ");
            byte[] pdf = download(id, "pdf", "mttq");
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            if (body.contains("POVERTY_REVIEW") || body.contains("FUND_YEARLY")) {
                // one module's sections only: not the programme's targets
                assertThat(t).doesNotContain("Chương trình phối hợp");
            }
            if (body.contains("FINAL_REVIEW")) {
                assertThat(t).contains("Tổng kết thực hiện cuộc vận động", "giai đoạn 2017 - 2020",
                        "TM. ỦY BAN NHÂN DÂN", "TM. BAN THƯỜNG TRỰC", "ỦY BAN NHÂN DÂN - ỦY BAN MTTQ VIỆT NAM");
            }
        }
    }

    @Test
    void thePovertyReviewAndTheFundsYearlyReportAreDraftedFromTheirModulesFigures() throws Exception {
        long poverty = create("{\"kind\":\"POVERTY_REVIEW\",\"unit\":\"381\",\"year\":2018}", "mttq");
        byte[] docx = download(poverty, "docx", "mttq");
        assertThat(DocxLint.check(docx)).isEmpty();
        String t = text(docx);
        // the poverty lists' movement of the year, as the poverty module counts it, stated in the default texts
        String rows;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download(poverty, "xlsx", "mttq")))) {
            // the lists' movement, then the year's rounds commune by commune: nothing from other modules
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet lists = wb.getSheetAt(0);
            var poor = lists.getRow(4);
            assertThat(poor.getCell(0).getStringCellValue()).isEqualTo("Hộ nghèo");
            long end = (long) poor.getCell(2).getNumericCellValue();
            XSSFSheet rounds = wb.getSheetAt(1);
            assertThat(rounds.getRow(3).getCell(4).getStringCellValue()).isEqualTo("Hộ nghèo");
            long decided = 0;
            for (int i = 4; i <= rounds.getLastRowNum(); i++) {
                assertThat(rounds.getRow(i).getCell(1).getStringCellValue()).isEqualTo("Đã quyết định");
                decided += (long) rounds.getRow(i).getCell(4).getNumericCellValue();
            }
            // the rounds' decided lists are the lists in force at the year's end
            assertThat(decided).isEqualTo(end);
            rows = "Hộ nghèo: " + lists.getRow(3).getCell(1).getStringCellValue() + " "
                    + java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi"))
                            .format((long) poor.getCell(1).getNumericCellValue());
            assertThat(t).contains(java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi"))
                    .format(end));
        }
        assertThat(t).contains("Kết quả tham gia, giám sát rà soát hộ nghèo, hộ cận nghèo năm 2018",
                "Căn cứ Thông tư số 17/2016/TT-BLĐTBXH", "Tính đến cuối kỳ, toàn Thị xã Bỉm Sơn có: " + rows,
                "Các chỉ tiêu chủ yếu đạt được: Hộ nghèo: ");

        long fund = create("{\"kind\":\"FUND_YEARLY\",\"unit\":\"381\",\"year\":2018}", "mttq");
        byte[] fundDocx = download(fund, "docx", "mttq");
        assertThat(DocxLint.check(fundDocx)).isEmpty();
        String f = text(fundDocx);
        assertThat(f).contains("Kết quả vận động, quản lý và sử dụng Quỹ “Vì người nghèo” năm 2018",
                "Căn cứ Quy chế vận động, quản lý, sử dụng Quỹ “Vì người nghèo”", "Quỹ \"Vì người nghèo\"");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download(fund, "xlsx", "mttq")))) {
            var first = wb.getSheetAt(0).getRow(4);
            long raised = (long) first.getCell(1).getNumericCellValue();
            assertThat(raised).isPositive();
            assertThat(f).contains(first.getCell(0).getStringCellValue() + ": Tiền ủng hộ (đồng) "
                    + java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi")).format(raised));
        }
    }

    @Test
    void theFinalReviewsFiguresOf2020AreTheDashboardsYearByYear() throws Exception {
        long programme = campaign.programmes().stream().filter(p -> p.number().startsWith("1995/CTrPH"))
                .findFirst().orElseThrow().id();
        java.time.LocalDate end = java.time.LocalDate.of(2020, 12, 31);
        long id = create("{\"kind\":\"FINAL_REVIEW\",\"unit\":\"381\",\"year\":2020,\"from\":2017}", "mttq");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download(id, "xlsx", "mttq")))) {
            XSSFSheet targets = wb.getSheetAt(0);
            int header = 3;
            List<TargetProgress> last = indicators.progress(programme, "381", 2020, false, end, UnitScope.ALL)
                    .orElseThrow();
            assertThat(last).isNotEmpty();
            int compared = 0;
            for (int year = 2017; year <= 2020; year++) {
                List<TargetProgress> dashboard = indicators.progress(programme, "381", year, false, end,
                        UnitScope.ALL).orElseThrow();
                int col = 3 + year - 2017;
                assertThat(targets.getRow(header).getCell(col).getStringCellValue()).endsWith(String.valueOf(year));
                for (int i = 0; i < last.size(); i++) {
                    var row = targets.getRow(header + 1 + i);
                    assertThat(row.getCell(1).getStringCellValue()).isEqualTo(last.get(i).label());
                    String code = last.get(i).code();
                    TargetProgress t = dashboard.stream().filter(x -> x.code().equals(code)).findFirst()
                            .orElse(null);
                    if (t != null && t.value() != null) {
                        assertThat(row.getCell(col).getCellType()).isEqualTo(CellType.NUMERIC);
                        assertThat(BigDecimal.valueOf(row.getCell(col).getNumericCellValue()))
                                .as(code + " " + year).isEqualByComparingTo(t.value());
                        compared++;
                    }
                }
            }
            assertThat(compared).isGreaterThan(20);
        }
    }

    @Test
    void theYearlyReportsFiguresAreTheDashboardsAndTheDefaultTextIsDraftedFromThem() throws Exception {
        long programme = campaign.programmes().stream().filter(p -> p.number().startsWith("1995/CTrPH"))
                .findFirst().orElseThrow().id();
        List<TargetProgress> dashboard = indicators.progress(programme, "381", 2018, false, null, UnitScope.ALL)
                .orElseThrow();
        long id = create("{\"kind\":\"YEARLY\",\"unit\":\"381\",\"year\":2018}", "mttq");
        byte[] xlsx = download(id, "xlsx", "mttq");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet targets = wb.getSheetAt(0);
            int header = 3;
            assertThat(targets.getRow(header).getCell(1).getStringCellValue()).isNotBlank();
            for (int i = 0; i < dashboard.size(); i++) {
                var row = targets.getRow(header + 1 + i);
                TargetProgress t = dashboard.get(i);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(t.label());
                if (t.value() != null) {
                    assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(BigDecimal.valueOf(row.getCell(3).getNumericCellValue()))
                            .isEqualByComparingTo(t.value());
                }
                if (t.numerator() != null) {
                    assertThat((long) row.getCell(4).getNumericCellValue()).isEqualTo(t.numerator());
                    assertThat((long) row.getCell(5).getNumericCellValue()).isEqualTo(t.denominator());
                }
            }
        }
        // the opening is drafted from the same figures: "12.040/14.883 (80,9 %)" for each share with its counts
        String t = text(download(id, "docx", "mttq"));
        java.text.NumberFormat vi = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi"));
        TargetProgress share = dashboard.stream().filter(x -> x.numerator() != null && x.denominator() != null
                && x.denominator() > 0 && x.numerator() <= x.denominator() && x.value() != null
                && "SHARE".equals(x.kind())).findFirst().orElseThrow();
        assertThat(t).contains("Tính đến cuối kỳ, toàn Thị xã Bỉm Sơn có: ")
                .contains(vi.format(share.numerator()) + "/" + vi.format(share.denominator()) + " (");
    }

    @Test
    void aReportIsSubmittedApprovedIssuedWithTheNextNumberAndFrozen() throws Exception {
        long a = create("{\"kind\":\"YEARLY\",\"unit\":\"381\",\"year\":2019}", "mttq");
        // the signer is an account: a typed name, the drafter himself or a ward's officer are refused
        String signers = mvc.perform(get("/api/v1/reports/" + a + "/signers").with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(signers).contains("\"username\":\"chutichmttq\"", "\"name\":\"Nguyễn Văn Thành\"")
                .doesNotContain("\"mttq\"", "badinh", "hoiphunu");
        for (String wrong : List.of("\"signerName\":\"Nguyễn Thị Hằng\"", "\"signer\":\"mttq\"",
                "\"signer\":\"badinh\"", "\"signer\":\"khongco\"")) {
            mvc.perform(put("/api/v1/reports/" + a + "/texts").contentType(MediaType.APPLICATION_JSON)
                    .content("{" + wrong + "}").with(csrf()).with(httpBasic("mttq", "chungsuc")))
                    .andExpect(status().isBadRequest());
        }
        // sending it without a signer is refused
        mvc.perform(post("/api/v1/reports/" + a + "/submit").with(csrf()).with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isBadRequest());
        // the officer rewrites a text and names the signer, a deputy chair signing for the chair
        mvc.perform(put("/api/v1/reports/" + a + "/texts").contentType(MediaType.APPLICATION_JSON)
                .content("{\"texts\":{\"shortcomings\":\"Công tác tuyên truyền ở một số khu dân cư còn hạn chế.\"},"
                        + "\"signer\":\"chutichmttq\",\"signerDeputy\":true}").with(csrf())
                .with(httpBasic("mttq", "chungsuc"))).andExpect(status().isNoContent());
        // issuing a draft is refused: it has to be approved first
        mvc.perform(post("/api/v1/reports/" + a + "/issue").with(csrf()).with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/reports/" + a + "/submit").with(csrf()).with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isNoContent());
        // the drafter may not approve what he drafted: only the signer does
        mvc.perform(post("/api/v1/reports/" + a + "/approve").with(csrf()).with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/reports/" + a + "/approve").with(csrf()).with(httpBasic("chutichmttq", "chungsuc")))
                .andExpect(status().isNoContent());
        String issued = mvc.perform(post("/api/v1/reports/" + a + "/issue").with(csrf())
                .with(httpBasic("mttq", "chungsuc"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        int first = json.readTree(issued).get("number").asInt();
        byte[] docx = download(a, "docx", "mttq");
        String t = text(docx);
        assertThat(t).contains("Số: " + String.format("%02d", first) + "/BC-MTTQ",
                "Công tác tuyên truyền ở một số khu dân cư còn hạn chế.",
                "TM. BAN THƯỜNG TRỰC\tKT. CHỦ TỊCH\tPHÓ CHỦ TỊCH", "Nguyễn Văn Thành")
                .doesNotContain("Nguyễn Văn Thành (");
        assertThat(DocxLint.check(docx)).isEmpty();
        String one = mvc.perform(get("/api/v1/reports/" + a).with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String sha = json.readTree(one).get("docxSha256").asText();
        assertThat(sha).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(docx)));
        assertThat(download(a, "docx", "mttq")).isEqualTo(docx);
        // frozen: no edit through the API, no change in the database
        mvc.perform(put("/api/v1/reports/" + a + "/texts").contentType(MediaType.APPLICATION_JSON)
                .content("{\"texts\":{\"tasks\":\"x\"}}").with(csrf()).with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isBadRequest());
        assertThatThrownBy(() -> jdbc.sql("update reporting_document set signer_name = 'x' where id = :id")
                .param("id", a).update()).hasMessageContaining("frozen");

        // the next report of the same body, type and year takes the next number; a correction names the first
        String corrected = mvc.perform(post("/api/v1/reports/" + a + "/correct").with(csrf())
                .with(httpBasic("mttq", "chungsuc"))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        long b = json.readTree(corrected).get("id").asLong();
        mvc.perform(post("/api/v1/reports/" + b + "/submit").with(csrf()).with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/reports/" + b + "/approve").with(csrf()).with(httpBasic("chutichmttq", "chungsuc")))
                .andExpect(status().isNoContent());
        int second = json.readTree(mvc.perform(post("/api/v1/reports/" + b + "/issue").with(csrf())
                .with(httpBasic("mttq", "chungsuc"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).get("number").asInt();
        assertThat(second).isEqualTo(first + 1);
        String b1 = mvc.perform(get("/api/v1/reports/" + b).with(httpBasic("mttq", "chungsuc")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(b1).get("replaces").asLong()).isEqualTo(a);
        mvc.perform(post("/api/v1/reports/" + a + "/correct").with(csrf()).with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_type = 'reporting.document' "
                + "and entity_id in (:ids)").param("ids", List.of(String.valueOf(a), String.valueOf(b)))
                .query(Integer.class).single()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void badRequestsAreRefusedWithTheirFieldAndOtherUnitsAreNotShown() throws Exception {
        String out = mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"WEEKLY\",\"unit\":\"381\",\"year\":3000}").with(csrf())
                .with(httpBasic("mttq", "chungsuc"))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(out).contains("\"field\":\"kind\"", "\"field\":\"year\"");
        mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"REVIEW\",\"unit\":\"381\",\"year\":2019}").with(csrf())
                .with(httpBasic("mttq", "chungsuc"))).andExpect(status().isBadRequest());
        // a ward's officer may not draft the town's report, nor read it
        mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"YEARLY\",\"unit\":\"381\",\"year\":2019}").with(csrf())
                .with(httpBasic("badinh", "chungsuc"))).andExpect(status().isForbidden());
        long town = create("{\"kind\":\"YEARLY\",\"unit\":\"381\",\"year\":2017}", "mttq");
        mvc.perform(get("/api/v1/reports/" + town + ".docx").with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reports/" + town).with(httpBasic("hoiphunu", "chungsuc")))
                .andExpect(status().isOk());
    }

    @Test
    void theScreensListDraftEditPreviewAndDownload() throws Exception {
        String location = mvc.perform(post("/reports").param("kind", "YEARLY").param("unit", "381")
                .param("year", "2018").with(csrf()).with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/reports/\\d+");
        String page = mvc.perform(get(location).with(httpBasic("mttq", "chungsuc"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"preview\"", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "id=\"texts\"",
                "name=\"text.tasks\"", "file.docx", "file.pdf", "file.xlsx", "data-progress");
        assertThat(page).contains("<option value=\"chutichmttq\"");
        mvc.perform(post(location + "/texts").param("text.tasks", "Nhiệm vụ viết tay của cán bộ.")
                .param("signer", "chutichmttq").with(csrf()).with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().is3xxRedirection());
        assertThat(text(mvc.perform(get(location + "/file.docx").with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()))
                .contains("Nhiệm vụ viết tay của cán bộ.", "TM. BAN THƯỜNG TRỰC\tCHỦ TỊCH", "Nguyễn Văn Thành");
        String list = mvc.perform(get("/reports").param("unit", "381").param("period", "2018")
                .with(httpBasic("mttq", "chungsuc"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("id=\"reports\"", "id=\"missing\"", "id=\"new-report\"", location);
        // a member organisation sees the report but has no form to edit it, nor to draft one
        String member = mvc.perform(get(location).with(httpBasic("hoiphunu", "chungsuc"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(member).contains("id=\"preview\"").doesNotContain("id=\"texts\"", "id=\"submit\"");
        mvc.perform(post("/reports").param("kind", "YEARLY").param("unit", "381").param("year", "2018")
                .with(csrf()).with(httpBasic("hoiphunu", "chungsuc"))).andExpect(status().isForbidden());
        // a refused form comes back with the message
        mvc.perform(post("/reports").param("kind", "YEARLY").param("unit", "381").param("year", "abc").with(csrf())
                .with(httpBasic("mttq", "chungsuc"))).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("error"));
    }
}
