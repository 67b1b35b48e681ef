package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.chungsuc.IntegrationTest;

/**
 * Issue 15 items 6, 7 and 9 in a browser: the town Front finds on the completeness page that Khu phố 1 has not
 * submitted its self-assessment for the first half of 2026 and reminds it; the area's Ban Công tác Mặt trận finds the
 * reminder on its home page, submits, and the reminder is gone; the ward's officer agrees, the town Front finds the
 * level in its list; the Front records an award and
 * its repeat is refused in the form, naming the earlier decision; the pages fit a phone 390 px wide.
 */
@IntegrationTest
class AreaEvaluationAndAwardsBrowserTest extends BrowserTestSupport {

    private static final String AREA = "/evaluation/areas/14812-01?period=2026-H1";

    private void submit(Browser b, String id) {
        WebElement button = b.driver.findElement(By.id(id));
        ((JavascriptExecutor) b.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        b.clickAndReload(By.id(id));
    }

    @Autowired JdbcClient jdbc;

    @Test
    void theAreaIsRemindedSubmitsTheWardReviewsAndTheTownSeesTheLevel() {
        String kind = "EVALUATION_AREA_SELF_ASSESSMENT";
        jdbc.sql("delete from plan_reminder where unit_code = '14812-01'").update();
        // the first half of 2026 stays open to edits in this test (the demo's default locks it 60 days after 30/6)
        jdbc.sql("""
                insert into plan_duty_setting (kind, timely_days, lock_days, source) values (:k, 15, 731, 'Kiểm thử')
                on conflict (kind) do update set lock_days = 731""").param("k", kind).update();
        try {
            remindedSubmitsAndReviewed(kind);
        } finally {
            jdbc.sql("delete from plan_duty_setting where kind = :k").param("k", kind).update();
        }
    }

    private void remindedSubmitsAndReviewed(String kind) {
        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.login("mttq", "chungsuc");
        b.open("/plan/completeness?kind=" + kind + "&period=2026-H1&q=khu pho 1");
        assertThat(b.driver.findElement(By.id("duty-14812-01")).getText()).contains("Khu phố 1", "Chưa nộp");
        b.clickAndReload(By.cssSelector("#duty-14812-01 button.remind"));
        assertThat(b.driver.findElement(By.id("notice")).getText()).isEqualTo("Đã gửi lời nhắc tới cán bộ của đơn vị.");

        b.driver.manage().deleteAllCookies();
        b.login("bctmkp1badinh", "chungsuc");
        b.open("/");
        b.clickAndWait(By.cssSelector("a.home-card[href$='/plan/reminders']"));
        assertThat(b.driver.findElement(By.id("reminders")).getText()).contains("2026-H1", "Khu phố 1");
        b.open("/evaluation");
        assertThat(b.driver.findElement(By.id("area-14812-01")).getText()).contains("Chưa nộp");
        b.open(AREA);
        List<WebElement> points = b.driver.findElements(By.cssSelector("#self-form input[inputmode='decimal']"));
        assertThat(points).hasSize(10);
        for (WebElement p : points) {
            p.sendKeys("9");
        }
        b.driver.findElement(By.id("evidence-input")).sendKeys("Biên bản họp Ban Công tác Mặt trận ngày 30/6/2026");
        submit(b, "submit-self");
        assertThat(b.driver.findElement(By.id("notice")).getText()).isEqualTo("Đã nộp tự đánh giá.");
        assertThat(b.driver.findElement(By.id("self-level")).getText()).contains("90", "Tốt");
        assertThat(b.driver.findElements(By.id("review-form"))).isEmpty();
        b.open("/");
        assertThat(b.driver.findElements(By.cssSelector("a.home-card[href$='/plan/reminders']"))).isEmpty();

        b.driver.manage().deleteAllCookies();
        b.login("badinh", "chungsuc");
        b.open(AREA);
        assertThat(b.driver.findElements(By.id("self-form"))).isEmpty();
        submit(b, "submit-review");
        assertThat(b.driver.findElement(By.id("final-level")).getText()).contains("Tốt");

        b.driver.manage().deleteAllCookies();
        b.login("mttq", "chungsuc");
        b.open("/evaluation?period=2026-H1&q=khu pho 1");
        assertThat(b.driver.findElement(By.cssSelector("#area-14812-01 .level")).getText()).isEqualTo("Tốt");
        assertThat(b.driver.findElement(By.id("communes")).getText()).contains("Phường Bỉm Sơn");
        b.screenshot("70-evaluation-town");
        phone(b, "/evaluation?period=2026-H1", AREA);
    }

    @Test
    void theFrontRecordsAnAwardAndARepeatIsRefusedNamingTheEarlierOne() {
        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.login("mttq", "chungsuc");
        b.open("/awards");
        b.clickAndWait(By.id("new-award"));
        fill(b, "77/QĐ-UBND", "Tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc năm 2026");
        submit(b, "save-award");
        assertThat(b.driver.findElement(By.id("notice")).getText()).isEqualTo("Đã ghi khen thưởng.");
        assertThat(b.driver.findElement(By.id("award")).getText()).contains("Khu phố 9");

        b.open("/awards/new");
        fill(b, "78/QĐ-UBND", "to chuc tot ngay hoi dai doan ket toan dan toc nam 2026");
        submit(b, "save-award");
        assertThat(b.driver.findElement(By.id("error")).getText()).contains("77/QĐ-UBND", "20/11/2026");
        assertThat(b.driver.findElement(By.id("achievement-error")).getText()).contains("77/QĐ-UBND");
        b.screenshot("71-award-repeat-refused");

        b.open("/awards?q=khu pho 9");
        assertThat(b.driver.findElement(By.id("awards")).getText()).contains("77/QĐ-UBND").doesNotContain("78/QĐ");
        phone(b, "/awards", "/awards/new");
    }

    private void fill(Browser b, String number, String achievement) {
        new Select(b.driver.findElement(By.id("form"))).selectByValue("GIAY_KHEN");
        new Select(b.driver.findElement(By.id("issuerUnit"))).selectByValue("381");
        b.driver.findElement(By.id("decisionNumber")).sendKeys(number);
        b.driver.findElement(By.id("decisionDate")).sendKeys("20/11/2026");
        b.driver.findElement(By.id("achievement")).sendKeys(achievement);
        b.driver.findElement(By.id("period")).sendKeys("2026");
        new Select(b.driver.findElement(By.id("recipientKind"))).selectByValue("COLLECTIVE");
        b.driver.findElement(By.id("recipientName")).sendKeys("Ban Công tác Mặt trận Khu phố 9, phường Bỉm Sơn");
    }

    private void phone(Browser b, String... pages) {
        b.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            JavascriptExecutor js = (JavascriptExecutor) b.driver;
            for (String page : pages) {
                b.open(page);
                long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
                long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
                assertThat(scroll).as("page width of %s", page).isLessThanOrEqualTo(inner);
            }
            b.screenshot("72-evaluation-390px");
        } finally {
            b.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
