package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.poverty.domain.Rounds;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.shared.time.TestClock;

/**
 * Issue 13 item 5 in a browser: the officer of phường Quang Trung does step 2 of the 2027 review in bulk (the clock on
 * 20/11/2027, so no other test's round is touched; the round is removed afterwards). He carries last year's forms
 * over as drafts, types one household in the keyboard grid (Tab, Space, Enter), downloads the Excel template, fills
 * it offline (POI here), reads the dry run's row and column errors, corrects the file, imports it, and the round
 * shows every household surveyed.
 */
@IntegrationTest
class PovertyBulkSurveyBrowserTest extends BrowserTestSupport {

    static final String WARD = "38-QT";
    static final int YEAR = 2027;
    static final String AREA = "14824-01";

    @Autowired TestClock clock;
    @Autowired Rounds rounds;
    @Autowired RegistryApi registry;
    @Autowired JdbcClient jdbc;

    Long id;

    @AfterEach
    void removeTheRound() {
        try {
            if (id != null) {
                for (String table : List.of("poverty_survey", "poverty_survey_draft", "poverty_round_household",
                        "poverty_round_step", "poverty_classification", "poverty_objection")) {
                    jdbc.sql("delete from " + table + " where round_id = :id").param("id", id).update();
                }
                jdbc.sql("delete from poverty_round where id = :id").param("id", id).update();
            }
        } finally {
            clock.release();
        }
    }

    private byte[] download(Browser b, String href) {
        Object base64 = ((JavascriptExecutor) b.driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(buf => {
                  var s = ''; var bytes = new Uint8Array(buf);
                  for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
                  done(btoa(s));
                });""", href);
        return Base64.getDecoder().decode((String) base64);
    }

    private Path fill(byte[] template, boolean withErrors) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheetAt(0);
            int header = 0;
            while (!"Mã hộ".equals(sheet.getRow(header) == null ? null : sheet.getRow(header).getCell(0)
                    .getStringCellValue())) {
                header++;
            }
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                row.createCell(3).setCellValue(withErrors && r == header + 2 ? "hai triệu" : "2.800.000");
                if (r % 4 == 0) {
                    row.createCell(4).setCellValue("x");
                }
            }
            Path file = Files.createTempFile("phieu-b-", ".xlsx");
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }

    @Test
    void theWardOfficerDoesStepTwoInBulk() throws Exception {
        clock.pin(LocalDate.of(YEAR, 11, 20));
        List<String> applicants = registry.households(List.of(AREA), LocalDate.of(YEAR, 11, 20))
                .stream().limit(6).map(h -> h.code()).toList();
        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.login("quangtrung", "chungsuc");
        b.open("/poverty/rounds");
        new Select(b.driver.findElement(By.id("commune"))).selectByValue(WARD);
        WebElement year = b.driver.findElement(By.id("year"));
        year.clear();
        year.sendKeys(String.valueOf(YEAR));
        b.clickAndWait(By.cssSelector("#open-round button[type=submit]"));
        id = Long.parseLong(b.driver.getCurrentUrl().replaceAll(".*/", ""));
        b.driver.findElement(By.id("applicants")).sendKeys(String.join(" ", applicants));
        b.clickAndReload(By.id("finish-step"));
        int listed = rounds.households(id).size();
        assertThat(listed).isGreaterThanOrEqualTo(applicants.size());

        // last year's forms become drafts, marked as such and not counted
        b.clickAndReload(By.id("carry-over"));
        assertThat(b.driver.findElement(By.id("round-notice")).getText()).contains("Đã chuyển phiếu B năm trước",
                "Bản nháp chưa được tính là phiếu năm nay");
        assertThat(b.driver.findElements(By.cssSelector("#round-households .survey-draft"))).isNotEmpty();
        assertThat(rounds.households(id)).noneMatch(Rounds.Member::surveyed);
        b.screenshot("poverty-bulk-01-drafts");

        // the keyboard grid of one area: type the income, Tab to the first indicator, Space, Enter saves the row
        b.driver.findElement(By.id("bulk-grid")).click();
        new Select(b.driver.findElement(By.id("grid-area"))).selectByValue(AREA);
        b.clickAndWait(By.cssSelector("form[action$='/grid'] button[type=submit]"));
        WebElement first = b.driver.findElement(By.cssSelector("#survey-grid tbody tr[data-code]"));
        String code = first.getAttribute("data-code");
        WebElement income = first.findElement(By.cssSelector("input.grid-income"));
        income.clear();
        income.sendKeys("1300000", Keys.TAB);
        b.driver.switchTo().activeElement().sendKeys(Keys.SPACE);
        b.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#grid-row-" + code + " .grid-saved")));
        assertThat(b.driver.switchTo().activeElement().getAttribute("name")).as("Enter moved down a row")
                .startsWith("dep.").isNotEqualTo("dep." + code);
        assertThat(rounds.households(id)).filteredOn(Rounds.Member::surveyed).extracting(Rounds.Member::householdCode)
                .containsExactly(code);
        b.screenshot("poverty-bulk-02-grid");

        // the template of the whole ward, filled offline
        b.open("/poverty/rounds/" + id + "/import");
        assertThat(b.text()).contains("Tải mẫu danh sách hộ", "Chạy thử");
        byte[] template = download(b, "/poverty/rounds/" + id + "/survey.xlsx");
        Path bad = fill(template, true);
        b.driver.findElement(By.id("file")).sendKeys(bad.toString());
        b.clickAndReload(By.id("dry-run"));
        assertThat(b.driver.findElement(By.id("dry-run-rejected")).getText()).contains("Tệp có 1 lỗi",
                "chưa ghi phiếu nào");
        assertThat(b.driver.findElement(By.id("import-problems")).getText()).contains("D (Thu nhập",
                "tệp ghi \"hai triệu\"");
        assertThat(b.driver.findElements(By.id("apply-import"))).isEmpty();
        b.screenshot("poverty-bulk-03-dry-run-errors");

        Path good = fill(template, false);
        b.driver.findElement(By.id("file")).sendKeys(good.toString());
        b.clickAndReload(By.id("dry-run"));
        assertThat(b.driver.findElement(By.id("dry-run-ok")).getText()).contains("sẽ ghi " + listed + " phiếu B");
        b.screenshot("poverty-bulk-04-dry-run-ok");
        b.clickAndReload(By.id("apply-import"));
        assertThat(b.driver.findElement(By.id("round-notice")).getText()).contains("Đã nhập " + listed
                + " phiếu B từ tệp");
        assertThat(b.driver.findElements(By.cssSelector("#round-households .survey-draft"))).isEmpty();
        assertThat(b.driver.findElement(By.id("round-households")).getText()).contains("Đã rà soát")
                .doesNotContain("Chưa rà soát");
        assertThat(rounds.households(id)).allMatch(Rounds.Member::surveyed);
        b.screenshot("poverty-bulk-05-round-surveyed");
        Files.deleteIfExists(bad);
        Files.deleteIfExists(good);
    }
}
