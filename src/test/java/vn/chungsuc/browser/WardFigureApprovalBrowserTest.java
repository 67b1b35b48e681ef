package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.chungsuc.IntegrationTest;

/**
 * Issue 13, flow 2: after the 2025 merger phường Bỉm Sơn has no district above it. Its officer enters and submits a
 * figure for 2026 and sees who is to approve it (the ward's own People's Committee, through its office); he signs
 * out, the chair signs in, finds the figure waiting for him from the home page, approves it, and the ward's sheet
 * shows it approved.
 */
@IntegrationTest
class WardFigureApprovalBrowserTest extends BrowserTestSupport {

    private void click(Browser b, By locator) {
        ((JavascriptExecutor) b.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", b.driver.findElement(locator));
        b.driver.findElement(locator).click();
    }

    private void follow(Browser b, By locator) {
        ((JavascriptExecutor) b.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", b.driver.findElement(locator));
        b.clickAndWait(locator);
    }

    private void waitText(Browser b, String id, String text) {
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(id)).getText().equals(text));
    }

    private void signOut(Browser b) {
        ((JavascriptExecutor) b.driver).executeScript("document.querySelector(\"form[action$='/logout']\").submit()");
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/login"));
    }

    @Test
    void theWardSubmitsAFigureOf2026AndItsChairApprovesIt() {
        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.login("badinh", "chungsuc");
        b.open("/indicators/entries?unit=38-BS&period=2026");
        assertThat(b.text()).contains("Phường Bỉm Sơn – Năm 2026");
        follow(b, By.cssSelector("tr[data-indicator='civilised-enterprises'] a"));
        assertThat(b.text()).contains("Doanh nghiệp đạt tiêu chí văn minh đô thị", "Chưa nhập");
        b.driver.findElement(By.id("numerator")).sendKeys("41");
        b.driver.findElement(By.id("denominator")).sendKeys("64");
        click(b, By.id("save-entry"));
        waitText(b, "entry-status", "Đang nhập");
        click(b, By.id("submit-entry"));
        waitText(b, "entry-status", "Chờ duyệt");
        assertThat(b.driver.findElement(By.id("entry-approver")).getText())
                .isEqualTo("Người duyệt: Văn phòng HĐND và UBND phường Bỉm Sơn");
        assertThat(b.driver.findElements(By.id("approve-entry"))).isEmpty();
        b.screenshot("30-ward-figure-2026-submitted");
        signOut(b);

        b.login("ubndbimson", "chungsuc");
        b.open("/");
        follow(b, By.cssSelector("a.home-card[href$='/indicators/entries/pending']"));
        String pending = b.driver.findElement(By.id("pending")).getText();
        assertThat(pending).contains("Phường Bỉm Sơn", "Doanh nghiệp đạt tiêu chí văn minh đô thị", "Năm 2026",
                "41/64", "gửi bởi badinh");
        b.screenshot("31-chair-sees-what-waits");
        follow(b, By.xpath("//ul[@id='pending']/li[contains(., 'Doanh nghiệp') and contains(., 'Năm 2026')]//a"));
        b.driver.findElement(By.id("approve-comment")).sendKeys("Đồng ý");
        click(b, By.id("approve-entry"));
        waitText(b, "entry-status", "Đã duyệt");
        assertThat(b.driver.findElement(By.id("approved-value")).getText()).contains("41/64", "ubndbimson");
        b.screenshot("32-chair-approved");

        b.open("/indicators/entries?unit=38-BS&period=2026");
        assertThat(b.driver.findElement(By.cssSelector("tr[data-indicator='civilised-enterprises']")).getText())
                .contains("41/64", "Đã duyệt");
        b.open("/indicators/entries/pending");
        assertThat(b.driver.findElements(By.xpath(
                "//ul[@id='pending']/li[contains(., 'Doanh nghiệp') and contains(., 'Năm 2026')]"))).isEmpty();
    }
}
