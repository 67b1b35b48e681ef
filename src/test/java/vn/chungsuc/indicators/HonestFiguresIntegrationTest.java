package vn.chungsuc.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.campaign.TargetView;

/**
 * Issue 13 items 8 and 9: the public progress page shows the dashboard's fractions for the same programme, unit and
 * year, and says in one line why a count is judged out of another whole after the mergers; the drill-downs show no
 * unresolved placeholder, message key or indicator code; the dashboard's workbook holds numbers as numeric cells.
 */
@IntegrationTest
class HonestFiguresIntegrationTest {

    private static final Pattern ROW = Pattern.compile(
            "id=\"(?:public-)?row-([A-Z0-9-]+)\".*?class=\"(?:text-end )?text-nowrap value\">\\s*<span[^>]*>([^<]*)</span>",
            Pattern.DOTALL);

    @Autowired MockMvc mvc;
    @Autowired CampaignApi campaign;

    private ProgrammeView seed() {
        return campaign.programmes().stream().filter(p -> p.number().equals("1995/CTrPH-UBND-UB.MTTQ")).findFirst()
                .orElseThrow();
    }

    private String page(String path, boolean signedIn) throws Exception {
        var request = get(path);
        if (signedIn) {
            request = request.with(httpBasic("mttq", "chungsuc"));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The value shown for each target code, in the order of the table. */
    private static Map<String, String> values(String html) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            out.put(m.group(1), m.group(2).strip());
        }
        return out;
    }

    @Test
    void thePublicPageShowsTheDashboardsFractionForTheSameUnitAndYear() throws Exception {
        long id = seed().id();
        // The town, a ward, the xã that stayed a xã and the one merged in 2019, over the programme's years.
        for (String unit : List.of("381", "14812", "14824")) {
            for (int year : List.of(2017, 2019, 2020)) {
                Map<String, String> dashboard = values(page("/dashboard?programme=" + id + "&year=" + year
                        + "&unit=" + unit, true));
                Map<String, String> portal = values(page("/public/programmes/" + id + "?year=" + year
                        + (unit.equals("381") ? "" : "&unit=" + unit), false));
                assertThat(dashboard).as("dashboard %s %s", unit, year).hasSize(17);
                assertThat(portal).as("public page of %s in %s", unit, year).isEqualTo(dashboard);
            }
        }
    }

    @Test
    void aCountJudgedOutOfTodaysWholeSaysWhyInOneLine() throws Exception {
        long id = seed().id();
        String dashboard = page("/dashboard?programme=" + id + "&year=2020", true);
        String portal = page("/public/programmes/" + id + "?year=2020", false);
        for (String html : List.of(dashboard, portal)) {
            int row = html.indexOf("row-DTVM-3\"");
            String cells = html.substring(row, html.indexOf("</tr>", row));
            // 47/48 khu phố as the programme wrote it in 2017; 54 after Hà Lan's thôn became khu phố in 2019.
            assertThat(cells).contains(">47/48<", "Chương trình ghi 47/48 theo các đơn vị năm 2017",
                    "số đếm nay là 54, nên cần 53/54");
            int first = html.indexOf("row-NTM-2\"");
            assertThat(html.substring(first, html.indexOf("</tr>", first))).doesNotContain("rescaled");
        }
    }

    @Test
    void drillDownsShowNoPlaceholderKeyOrIndicatorCode() throws Exception {
        ProgrammeView p = seed();
        Pattern leak = Pattern.compile("\\{[a-zA-Z0-9]+}|\\(1\\)|nếu đạt, 0 nếu chưa|\\((?:[a-z]+-)+[a-z]+\\)"
                + "|(?<![\\w./-])(?:indicators|campaign)\\.[a-z]+\\.[a-zA-Z.]+|\\?\\?[a-zA-Z.]+\\?\\?");
        for (TargetView t : campaign.targets(p.id())) {
            for (String query : List.of("?year=2020", "?year=2019&half=true&unit=14812", "?year=2020&unit=14824")) {
                String html = page("/dashboard/targets/" + t.id() + query, true);
                String text = html.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ");
                Matcher m = leak.matcher(text);
                assertThat(m.find()).as("%s%s shows %s", t.code(), query, m.find(0) ? m.group() : "")
                        .isFalse();
                var records = mvc.perform(get("/dashboard/targets/" + t.id() + "/records" + query)
                        .with(httpBasic("mttq", "chungsuc"))).andReturn().getResponse();
                if (records.getStatus() == 200) {
                    String r = records.getContentAsString(StandardCharsets.UTF_8)
                            .replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ");
                    Matcher mr = leak.matcher(r);
                    assertThat(mr.find()).as("records of %s%s show %s", t.code(), query,
                            mr.find(0) ? mr.group() : "").isFalse();
                }
            }
        }
    }

    @Test
    void theWorkbookHoldsCountsAndSharesAsNumbersWithANumberFormat() throws Exception {
        byte[] xlsx = mvc.perform(get("/dashboard/export.xlsx?programme=" + seed().id() + "&year=2020")
                .with(httpBasic("mttq", "chungsuc"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet targets = wb.getSheetAt(0);
            int numeric = 0;
            for (int r = 4; r <= targets.getLastRowNum(); r++) {
                Row row = targets.getRow(r);
                String code = row.getCell(0).getStringCellValue();
                // Numerator, denominator, value and the trend (columns 3, 4, 5 and from 7): numbers or empty.
                for (int c = 3; c < row.getLastCellNum(); c++) {
                    if (c == 6) {
                        continue;
                    }
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        continue;
                    }
                    assertThat(cell.getCellType()).as("%s column %d", code, c).isEqualTo(CellType.NUMERIC);
                    assertThat(cell.getCellStyle().getDataFormatString()).as("%s column %d", code, c)
                            .isIn("#,##0", "0.00%");
                    numeric++;
                }
                if (code.equals("NTM-2")) {
                    Cell value = row.getCell(5);
                    assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
                    assertThat(value.getNumericCellValue()).isBetween(0.0, 1.0);
                    assertThat(value.getNumericCellValue()).isCloseTo(
                            row.getCell(3).getNumericCellValue() / row.getCell(4).getNumericCellValue(),
                            org.assertj.core.data.Offset.offset(0.0001));
                }
                if (code.equals("DTVM-4")) {
                    assertThat(row.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
                }
            }
            assertThat(numeric).isGreaterThan(50);
            Sheet units = wb.getSheetAt(1);
            Row first = units.getRow(1);
            assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }
}
