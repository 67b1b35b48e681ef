package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;

/**
 * Issue 17 in a browser: a citizen reports a sidewalk encroachment from the portal on a phone, without an account
 * (his browser computes the proof of work); the ward's officer finds it in his inbox and answers; the citizen opens
 * his tracking link, rates the answer and accepts it; the public page shows it resolved, with the answer, and
 * without his name or phone.
 */
@IntegrationTest
class CitizenReportBrowserTest extends BrowserTestSupport {

    @Autowired TerritoryApi territory;

    private boolean fitsTheWidth(Browser b) {
        return (Boolean) ((JavascriptExecutor) b.driver).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1");
    }

    @Test
    void aCitizenReportsTheWardAnswersHeAcceptsAndThePublicPageShowsItResolved() {
        String area = territory.children("38-BS", LocalDate.of(2026, 11, 1), UnitScope.ALL).stream()
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).findFirst().orElseThrow().code();
        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.driver.manage().window().setSize(new Dimension(390, 900));
        b.open("/public/reports/new");
        assertThat(fitsTheWidth(b)).isTrue();
        b.screenshot("feedback-form-390");
        new Select(b.driver.findElement(By.id("category"))).selectByValue("VIA_HE");
        new Select(b.driver.findElement(By.id("place"))).selectByValue(area);
        b.driver.findElement(By.id("address")).sendKeys("Đường Nguyễn Du, trước chợ");
        b.driver.findElement(By.id("description")).sendKeys("Các quầy hàng lấn chiếm hết vỉa hè, người đi bộ phải "
                + "đi xuống lòng đường.");
        b.driver.findElement(By.id("name")).sendKeys("Trần Văn Trình Duyệt");
        b.driver.findElement(By.id("phone")).sendKeys("0987654321");
        b.inView(b.driver.findElement(By.id("send"))).click();
        new WebDriverWait(b.driver, Duration.ofSeconds(90)).until(d -> !d.findElements(By.id("tracking-code"))
                .isEmpty());
        String code = b.driver.findElement(By.id("tracking-code")).getText();
        String receipt = b.text();
        String number = receipt.replaceAll("(?s).*(PA\\d{4}-\\d{6}).*", "$1");
        assertThat(number).startsWith("PA");
        b.screenshot("feedback-receipt-390");

        b.driver.manage().window().setSize(new Dimension(1280, 900));
        b.login("badinh", "chungsuc");
        b.open("/feedback?q=" + number);
        b.clickAndWait(By.linkText(number));
        assertThat(b.text()).contains("Trần Văn Trình Duyệt", "0987654321", "Phòng Kinh tế, Hạ tầng và Đô thị");
        new Select(b.driver.findElement(By.id("action"))).selectByValue("answer");
        b.driver.findElement(By.id("text")).sendKeys("Đã yêu cầu các hộ trả lại vỉa hè; tổ công tác kiểm tra hằng tuần.");
        b.clickAndReload(By.id("do"));
        assertThat(b.driver.findElement(By.id("notice")).getText()).isEqualTo("Đã gửi câu trả lời.");
        assertThat(b.driver.findElement(By.id("status")).getText()).isEqualTo("Đã trả lời");
        b.screenshot("feedback-officer-answered");

        b.driver.manage().deleteAllCookies();
        b.driver.manage().window().setSize(new Dimension(390, 900));
        b.open("/public/reports/track/" + code);
        assertThat(b.text()).contains("Đã yêu cầu các hộ trả lại vỉa hè");
        new Select(b.driver.findElement(By.id("rating"))).selectByValue("5");
        b.clickAndWait(By.id("accept"));
        assertThat(b.driver.findElement(By.id("notice")).getText()).contains("đã giải quyết");

        b.open("/public/reports/" + number);
        String page = b.text();
        assertThat(page).contains("Đã giải quyết", "Đã yêu cầu các hộ trả lại vỉa hè", "Người phản ánh đồng ý")
                .doesNotContain("Trần Văn Trình Duyệt").doesNotContain("0987654321").doesNotContain(code)
                .doesNotContain("badinh");
        assertThat(b.driver.getPageSource()).doesNotContain("Trần Văn Trình Duyệt").doesNotContain("0987654321");
        assertThat(fitsTheWidth(b)).isTrue();
        b.screenshot("feedback-public-resolved-390");
        b.driver.manage().window().setSize(new Dimension(1280, 900));
    }
}
