package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.campaign.CampaignApi;

/**
 * The flows of issue 4 in a browser: the Front officer opens the dashboard of the seed programme, drills from a target
 * to a ward and from the ward to the values behind its number; the ward's officer enters and submits a missing
 * value, the town's Front officer approves it, and the dashboard shows it.
 */
@IntegrationTest
class DashboardDrillDownBrowserTest extends BrowserTestSupport {

    @Autowired CampaignApi campaign;

    private long seed() {
        return campaign.programmes().stream().filter(p -> p.number().equals("1995/CTrPH-UBND-UB.MTTQ")).findFirst()
                .orElseThrow().id();
    }

    /** Brings the element to the middle of the window at once (Bootstrap scrolls smoothly), then clicks and waits. */
    private void follow(Browser b, By locator) {
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                b.driver.findElement(locator));
        b.clickAndWait(locator);
    }

    private void click(Browser b, By locator) {
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                b.driver.findElement(locator));
        b.driver.findElement(locator).click();
    }

    /** Waits until an element reads the text, across the page being replaced meanwhile. */
    private void waitText(Browser b, String id, String text) {
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(id)).getText().equals(text));
    }

    private void waitFor(Browser b, String css) {
        new WebDriverWait(b.driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
    }

    @Test
    void theFrontOfficerDrillsFromATargetToAWardAndToTheValuesBehindItsNumber() {
        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.login("mttq", "chungsuc");
        b.open("/dashboard?programme=" + seed() + "&year=2020");
        assertThat(b.driver.findElements(By.cssSelector("a.target-link"))).hasSize(17);
        assertThat(b.text()).contains("Thị xã Bỉm Sơn – Năm 2020", "47/48 khu phố được công nhận khu phố văn hóa",
                "Cách đánh giá");
        waitFor(b, "canvas.sparkline");
        b.screenshot("10-dashboard-town-2020");

        follow(b, By.cssSelector("#row-DTVM-3 a.target-link"));
        assertThat(b.driver.getCurrentUrl()).contains("/dashboard/targets/");
        assertThat(b.text()).contains("DTVM-3", "Khu phố văn hóa", "Theo đơn vị trực thuộc", "Phường Ba Đình");
        b.screenshot("11-target-quarters-by-ward");

        follow(b, By.cssSelector("tr[data-unit='14812'] a.drill"));
        assertThat(b.driver.getCurrentUrl()).contains("unit=14812");
        assertThat(b.driver.findElement(By.id("target-scope")).getText()).contains("Phường Ba Đình");
        assertThat(b.driver.findElement(By.id("target-value")).getText()).isEqualTo("11/11");

        // The number is counted from the recognition decisions: the records are the titles in force.
        follow(b, By.id("records-link"));
        assertThat(b.driver.getCurrentUrl()).contains("/recognition/titles", "unit=14812", "title=CULTURAL_AREA");
        assertThat(b.driver.findElement(By.id("titles-summary")).getText())
                .isEqualTo("Phường Ba Đình, ngày 31/12/2020: 11 danh hiệu của năm 2020.");
        assertThat(b.driver.findElement(By.id("titles")).getText()).contains("Khu phố 1", "/QĐ-UBND");
        b.screenshot("12-records-behind-ba-dinh");
    }

    @Test
    void aWardEntersAValueTheTownApprovesItAndTheDashboardShowsIt() {
        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.login("badinh", "chungsuc");
        b.open("/indicators/entries?unit=14812&period=2020-H1");
        assertThat(b.text()).contains("Phường Ba Đình – 6 tháng đầu năm 2020");
        follow(b, By.cssSelector("tr[data-indicator='exemplary-citizens'] a"));
        assertThat(b.text()).contains("Công dân đạt tiêu chí “Công dân gương mẫu”", "Chưa nhập");
        b.driver.findElement(By.id("numerator")).sendKeys("8.000");
        b.driver.findElement(By.id("denominator")).sendKeys("11290");
        b.driver.findElement(By.id("note")).sendKeys("Theo kết quả bình xét 6 tháng đầu năm");
        click(b, By.id("save-entry"));
        waitText(b, "entry-status", "Đang nhập");
        assertThat(b.text()).contains("Đã lưu số liệu");
        click(b, By.id("submit-entry"));
        waitText(b, "entry-status", "Chờ duyệt");
        b.screenshot("13-entry-submitted-by-ward");

        b.driver.manage().deleteAllCookies();
        b.login("mttq", "chungsuc");
        b.open("/indicators/entries");
        String pending = b.driver.findElement(By.id("pending")).getText();
        assertThat(pending).contains("Phường Ba Đình", "Công dân đạt tiêu chí", "8.000/11.290");
        follow(b, By.cssSelector("#pending a"));
        b.driver.findElement(By.id("approve-comment")).sendKeys("Đồng ý");
        click(b, By.id("approve-entry"));
        waitText(b, "entry-status", "Đã duyệt");
        assertThat(b.driver.findElement(By.id("approved-value")).getText()).contains("8.000/11.290", "mttq");
        assertThat(b.driver.findElement(By.id("history")).getText()).contains("Duyệt", "Gửi duyệt", "Nhập số liệu",
                "Đồng ý");
        b.screenshot("14-entry-approved-by-town");

        b.open("/dashboard?programme=" + seed() + "&year=2020&half=true&unit=14812");
        assertThat(b.driver.findElement(By.cssSelector("#row-DTVM-5 td.value")).getText()).contains("70,9%");
        b.screenshot("15-dashboard-ba-dinh-first-half-2020");
    }
}
