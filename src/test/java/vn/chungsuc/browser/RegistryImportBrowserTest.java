package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.registry.RegistryFiles;
import vn.chungsuc.registry.RegistryFiles.Families;
import vn.chungsuc.registry.RegistryFiles.Person;

/**
 * The import flow of issue 3 as an officer of phường Ba Đình lives it: download the template, upload a file with a
 * bad row and read the dry run's report (sheet, row, column, message in Vietnamese), upload the corrected file, see
 * the dry run pass, confirm, and find the new households in the list.
 */
@IntegrationTest
class RegistryImportBrowserTest extends BrowserTestSupport {

    @Test
    void theBaDinhOfficerImportsAFileAfterADryRunShowsHisBadRow() throws Exception {
        Families f = RegistryFiles.families("WEB-", List.of("14812-02", "14812-03"), 30, 980_000, 11);
        List<Person> withBadRow = new ArrayList<>(f.persons());
        int bad = 17;
        withBadRow.set(bad, withBadRow.get(bad).withCccd("0380851234"));
        Path badFile = RegistryFiles.xlsx(f.households(), withBadRow);
        Path goodFile = RegistryFiles.xlsx(f.households(), f.persons());

        Browser b = browser();
        b.login("badinh", "chungsuc");
        b.open("/registry/imports");
        assertThat(b.text()).contains("Nhập dữ liệu hộ gia đình và nhân khẩu", "mau-nhap-ho-gia-dinh.xlsx");
        assertThat(b.driver.findElement(By.id("template-link")).getAttribute("href")).endsWith("/registry/imports/template");
        b.screenshot("registry-01-import-page");

        WebDriverWait wait = new WebDriverWait(b.driver, Duration.ofSeconds(60));
        b.driver.findElement(By.id("file")).sendKeys(badFile.toString());
        b.driver.findElement(By.id("dry-run-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-rejected")));
        String report = b.driver.findElement(By.id("job-report")).getText();
        assertThat(report).contains("Tệp có 1 lỗi; chưa nhập dữ liệu nào", "Nhân khẩu", String.valueOf(bad + 2),
                "E (Số CCCD)", "Số CCCD phải gồm đúng 12 chữ số");
        assertThat(b.driver.findElements(By.id("confirm-import"))).isEmpty();
        b.screenshot("registry-02-dry-run-report");

        b.open("/registry/imports");
        b.driver.findElement(By.id("file")).sendKeys(goodFile.toString());
        b.driver.findElement(By.id("dry-run-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dry-run-ok")));
        assertThat(b.driver.findElement(By.id("dry-run-ok")).getText()).contains("Tệp hợp lệ", "thêm 30 hộ");
        b.screenshot("registry-03-dry-run-ok");

        b.driver.findElement(By.id("confirm-import")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-done")));
        assertThat(b.driver.findElement(By.id("import-done")).getText()).contains("Đã nhập xong", "Đã thêm 30 hộ");
        b.screenshot("registry-04-imported");

        b.open("/registry/households?q=WEB-0000");
        assertThat(b.text()).contains("WEB-000001", "30 hộ");
        b.screenshot("registry-05-households");
        b.driver.findElement(By.linkText("WEB-000001")).click();
        assertThat(b.text()).contains("Hộ WEB-000001", "Chủ hộ", "Nhập từ tệp");
        b.screenshot("registry-06-household");
    }

    @Test
    void theOfficerSearchesPersonsWithoutAccents() {
        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.login("admin", "chungsuc");
        b.open("/registry/persons");
        b.driver.findElement(By.id("q")).sendKeys("nguyen van an");
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("q=nguyen"));
        new WebDriverWait(b.driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("persons-table"), "Nguyễn Văn An"));
        b.screenshot("registry-07-person-search");
    }
}
