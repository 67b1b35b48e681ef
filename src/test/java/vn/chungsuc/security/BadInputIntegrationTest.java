package vn.chungsuc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import vn.chungsuc.IntegrationTest;

/**
 * Issue 18, hole 10, the reproductions the generic guard on parameters left open: each answered 500 (or showed a
 * Java class name) before; each is now a 400 or 422 in Vietnamese that names the field and changes nothing.
 */
@IntegrationTest
class BadInputIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private MockHttpServletResponse call(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String body(MockHttpServletResponse r) throws Exception {
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void aNulByteInAJsonStringIsA400NamingTheFieldAndNothingIsSaved() throws Exception {
        long before = count("registry_organisation");
        var r = call(post("/api/v1/organisations").with(httpBasic("badinh", "chungsuc"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Trường \\u0000 Nul\",\"kind\":\"SCHOOL\",\"unitCode\":\"14812\"}"));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(body(r)).contains("\"field\":\"name\"", "ký tự điều khiển").doesNotContain("Exception", "jackson");
        assertThat(count("registry_organisation")).isEqualTo(before);
    }

    @Test
    void aNullInsideAJsonListIsA400NamingTheField() throws Exception {
        var classify = call(post("/api/v1/poverty/classify").with(httpBasic("ldtbxh", "chungsuc"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"standard\":\"ND07_2021\",\"area\":\"RURAL\",\"monthlyIncomePerPerson\":1000000,"
                        + "\"deprivations\":[null]}"));
        assertThat(classify.getStatus()).isEqualTo(400);
        assertThat(body(classify)).contains("\"field\":\"deprivations[0]\"", "null");
        long units = count("territory_unit");
        var merge = call(post("/api/v1/units/merges").with(httpBasic("admin", "chungsuc"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"sources\":[null],\"into\":\"14812\",\"effectiveOn\":\"2030-01-01\"}"));
        assertThat(merge.getStatus()).isEqualTo(400);
        assertThat(body(merge)).contains("\"field\":\"sources[0]\"");
        assertThat(count("territory_unit")).isEqualTo(units);
    }

    @Test
    void aNulByteInAMultipartFieldIsA400() throws Exception {
        var r = call(multipart("/api/v1/registry/imports").file(new MockMultipartFile("file", "a.csv", "text/csv",
                        "a".getBytes(StandardCharsets.UTF_8))).param("dryRun", "tr\u0000ue")
                .with(httpBasic("badinh", "chungsuc")));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(body(r)).contains("ký tự điều khiển");
    }

    @Test
    void aWorkbookWithBrokenXmlIsTheFilesFault422AndNothingIsSaved() throws Exception {
        long before = count("registry_household");
        var r = call(multipart("/api/v1/registry/imports").file(new MockMultipartFile("file", "hong.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", brokenWorkbook()))
                .param("dryRun", "false").with(httpBasic("badinh", "chungsuc")));
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(body(r)).contains("bị hỏng", "hong.xlsx");
        assertThat(count("registry_household")).isEqualTo(before);
    }

    @Test
    void anUnreadableDateInTheAllocationFormShowsTheFormAgainAndSavesNothing() throws Exception {
        long programme = jdbc.sql("select p.id from campaign_programme p join campaign_target t on t.programme_id = p.id "
                + "order by p.id limit 1").query(Long.class).single();
        long target = jdbc.sql("select min(id) from campaign_target where programme_id = :p").param("p", programme)
                .query(Long.class).single();
        long before = count("campaign_allocation");
        var r = call(post("/programmes/{p}/targets/{t}/allocation", programme, target).with(csrf())
                .with(httpBasic("mttq", "chungsuc")).param("on", "abc"));
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(body(r)).contains("allocation-error", "Ngày “abc” không hợp lệ")
                .doesNotContain("java.", "Exception", "Failed to convert");
        assertThat(count("campaign_allocation")).isEqualTo(before);
    }

    @Test
    void aUnitOfBracesOrNineThousandCharactersInTheAllocationIsNotExpandedIntoTheRedirect() throws Exception {
        long programme = jdbc.sql("select p.id from campaign_programme p join campaign_target t on t.programme_id = p.id "
                + "order by p.id limit 1").query(Long.class).single();
        long target = jdbc.sql("select min(id) from campaign_target where programme_id = :p").param("p", programme)
                .query(Long.class).single();
        for (String unit : new String[] {"{}", "{x}", "A".repeat(9_000)}) {
            var r = call(post("/programmes/{p}/targets/{t}/allocation", programme, target).with(csrf())
                    .with(httpBasic("mttq", "chungsuc")).param("on", "01/01/2018").param("unit", unit));
            assertThat(r.getStatus()).as(unit.length() > 10 ? "9,000 characters" : unit).isBetween(400, 499);
            assertThat(body(r)).doesNotContain("java.", "Exception").hasSizeLessThan(200_000);
        }
    }

    @Test
    void aWordInANumberOrDateFieldNeverShowsAJavaClassName() throws Exception {
        var page = call(get("/registry/households").param("page", "abc").with(httpBasic("badinh", "chungsuc")));
        assertThat(page.getStatus()).isBetween(200, 499);
        assertThat(body(page)).doesNotContain("java.", "Exception", "Failed to convert");
        // A date field of a form record bound by Spring: the typeMismatch message is the bundle's, in Vietnamese.
        var form = call(post("/registry/households").with(csrf()).with(httpBasic("badinh", "chungsuc"))
                .param("code", "HS18-TM").param("areaCode", "14812-05").param("startedOn", "abc")
                .param("fullName", "Nguyễn Văn Tm").param("sex", "MALE").param("birthDate", "99999999999"));
        assertThat(form.getStatus()).isBetween(200, 499);
        assertThat(body(form)).doesNotContain("java.", "Exception", "Failed to convert");
    }

    /** A real .xlsx whose households sheet has its XML cut in the middle of a row. */
    private static byte[] brokenWorkbook() throws Exception {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Hộ gia đình");
            var header = sheet.createRow(0);
            String[] titles = {"Mã hộ", "Mã khu dân cư", "Địa chỉ", "Ngày đăng ký"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            for (int r = 1; r < 50; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("HS18-XML-" + r);
                row.createCell(1).setCellValue("14812-05");
                row.createCell(2).setCellValue("Số " + r);
                row.createCell(3).setCellValue("01/01/2020");
            }
            wb.write(whole);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(whole.toByteArray()));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (e.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    content = (xml.substring(0, xml.indexOf("<row r=\"20\"")) + "<row r=\"20\"><c r=\"A20\" t=<<")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
