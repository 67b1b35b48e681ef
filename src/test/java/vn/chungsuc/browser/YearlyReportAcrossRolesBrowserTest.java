package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.chungsuc.IntegrationTest;

/**
 * The yearly report of thị xã Bỉm Sơn for 2018 across the roles that make it: the Front's officer ({@code mttq})
 * drafts it, rewrites a text part, names the chair ({@code chutichmttq}) as the signer and sends it; the drafter
 * cannot approve it; the chair signs in and approves; the officer issues it with the register's number; the DOCX
 * (its SHA-256 the one shown) and the PDF download. The reports' list and the report are looked at on a phone
 * (390 px): no sideways scroll. Screenshots in target/screenshots/reporting-walk-*.png.
 */
@IntegrationTest
class YearlyReportAcrossRolesBrowserTest extends BrowserTestSupport {

    static final String ACHIEVEMENTS = "Năm 2018, phong trào xây dựng gia đình văn hóa tiếp tục được nhân dân hưởng ứng.";

    @Test
    void theDrafterDraftsTheSignerApprovesAndTheReportIsIssuedAndDownloaded() {
        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.driver.manage().window().setSize(new Dimension(1366, 900));
        try {
            b.login("mttq", "chungsuc");
            b.open("/reports?unit=381&period=2018");
            new Select(b.driver.findElement(By.id("n-kind"))).selectByValue("YEARLY");
            WebElement year = b.driver.findElement(By.id("n-year"));
            year.clear();
            year.sendKeys("2018");
            b.clickAndWait(By.id("draft"));
            String report = b.driver.getCurrentUrl().replaceAll("^https?://[^/]+", "");
            assertThat(report).matches("/reports/\\d+");
            assertThat(b.driver.findElement(By.id("state")).getText()).isEqualTo("Dự thảo");
            b.screenshot("reporting-walk-01-draft-1366");

            // a text part rewritten, the chair named as the signer
            WebElement achievements = b.driver.findElement(By.name("text.achievements"));
            achievements.clear();
            achievements.sendKeys(ACHIEVEMENTS);
            new Select(b.driver.findElement(By.id("signer"))).selectByValue("chutichmttq");
            b.clickAndReload(By.id("save"));
            assertThat(b.driver.findElement(By.id("notice")).getText()).isEqualTo("Đã lưu nội dung.");
            assertThat(b.driver.findElement(By.id("preview")).getText()).contains(ACHIEVEMENTS, "Nguyễn Văn Thành",
                    "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH");
            assertThat(b.driver.findElement(By.id("signer-line")).getText()).contains("Nguyễn Văn Thành");
            b.clickAndReload(By.id("submit"));
            assertThat(b.driver.findElement(By.id("state")).getText()).isEqualTo("Đã trình ký");
            // the drafter has no approval to give
            assertThat(b.driver.findElements(By.id("approve"))).isEmpty();

            // on a phone: the list and the report, no sideways scroll
            b.driver.manage().window().setSize(new Dimension(390, 844));
            b.open("/reports?unit=381&period=2018");
            assertThat(b.driver.findElement(By.id("reports")).getText()).contains("Báo cáo năm", "Đã trình ký");
            assertNoSidewaysScroll(b);
            b.screenshot("reporting-walk-02-list-390");
            b.open(report);
            assertNoSidewaysScroll(b);
            b.screenshot("reporting-walk-03-report-390");

            // the signer signs in and approves
            b.driver.manage().deleteAllCookies();
            b.login("chutichmttq", "chungsuc");
            b.open(report);
            b.clickAndReload(By.id("approve"));
            assertThat(b.driver.findElement(By.id("state")).getText()).isEqualTo("Đã duyệt ký");

            // the officer issues it: the register's next number, frozen
            b.driver.manage().deleteAllCookies();
            b.driver.manage().window().setSize(new Dimension(1366, 900));
            b.login("mttq", "chungsuc");
            b.open(report);
            // the page asks to confirm (issuing freezes the report): the officer says yes
            assertThat(b.driver.findElement(By.cssSelector("form[action$='/issue']")).getAttribute("onsubmit"))
                    .contains("confirm(");
            ((JavascriptExecutor) b.driver).executeScript("window.confirm = function () { return true; };");
            b.clickAndReload(By.id("issue"));
            assertThat(b.driver.findElement(By.id("state")).getText()).isEqualTo("Đã ban hành");
            String issued = b.driver.findElement(By.id("issued")).getText();
            assertThat(issued).matches("(?s).*số \\d{2,}/BC-MTTQ.*");
            assertThat(b.driver.findElements(By.id("texts"))).isEmpty();
            b.screenshot("reporting-walk-04-issued-1366");

            // the downloads, as the page's links fetch them: the DOCX with the hash shown, the PDF
            Map<?, ?> docx = fetch(b, "a[href$='file.docx']");
            assertThat(docx.get("status")).isEqualTo(200L);
            assertThat((String) docx.get("type")).startsWith("application/vnd.openxmlformats-officedocument");
            assertThat((String) docx.get("disposition")).contains("attachment", ".docx");
            assertThat(issued).contains((String) docx.get("sha256"));
            Map<?, ?> pdf = fetch(b, "a[href$='file.pdf']");
            assertThat(pdf.get("status")).isEqualTo(200L);
            assertThat(pdf.get("type")).isEqualTo("application/pdf");
            assertThat(pdf.get("head")).isEqualTo("%PDF-");
            assertThat((Long) pdf.get("size")).isGreaterThan(10_000L);
        } finally {
            b.driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    private static void assertNoSidewaysScroll(Browser b) {
        Object wide = ((JavascriptExecutor) b.driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(wide).as("sideways scroll at 390 px").isEqualTo(false);
    }

    /** Fetches a download link with the page's session: status, type, disposition, size, first bytes, SHA-256. */
    private static Map<?, ?> fetch(Browser b, String css) {
        b.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object out = ((JavascriptExecutor) b.driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var a = document.querySelector(arguments[0]);
                fetch(a.href, {credentials: 'same-origin'}).then(function (res) {
                  return res.arrayBuffer().then(function (buf) {
                    return crypto.subtle.digest('SHA-256', buf).then(function (h) {
                      var hex = Array.from(new Uint8Array(h)).map(function (x) {
                        return x.toString(16).padStart(2, '0'); }).join('');
                      done({status: res.status, type: res.headers.get('Content-Type'),
                        disposition: res.headers.get('Content-Disposition'), size: buf.byteLength,
                        head: String.fromCharCode.apply(null, new Uint8Array(buf.slice(0, 5))), sha256: hex});
                    });
                  });
                }).catch(function (e) { done({error: String(e)}); });
                """, css);
        assertThat(out).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) out).get("error")).isNull();
        return (Map<?, ?>) out;
    }

}
