package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.plan.completeness.TestReportingDuties;

/**
 * Issue 15 item 7 in a browser, with the test-only duty: the Front ({@code mttq}) opens the completeness page for
 * 2026-H1, sees that phường Bỉm Sơn has not submitted and presses "Nhắc nộp"; the ward's officer ({@code badinh})
 * signs in and finds the reminder on his home page; once the ward submits, the reminder is gone. The page fits a
 * phone 390 px wide.
 */
@IntegrationTest
class RemindToSubmitBrowserTest extends BrowserTestSupport {

    @Autowired TestReportingDuties duties;
    @Autowired JdbcClient jdbc;

    @Test
    void theFrontRemindsAWardAndTheReminderStaysOnTheOfficersHomePageUntilItSubmits() {
        String kind = TestReportingDuties.KIND;
        duties.withdraw("38-BS", "2026-H1");
        duties.submit("38-QT", "2026-H1", LocalDate.of(2026, 7, 3));
        jdbc.sql("delete from plan_reminder where unit_code = '38-BS'").update();
        jdbc.sql("""
                insert into plan_duty_setting (kind, timely_days, lock_days, source) values (:k, 15, 731, 'Kiểm thử')
                on conflict (kind) do update set lock_days = 731""").param("k", kind).update();
        try {
            Browser b = browser();
            b.driver.manage().deleteAllCookies();
            b.login("mttq", "chungsuc");
            b.open("/plan/completeness?kind=" + kind + "&period=2026-H1");
            WebElement ward = b.driver.findElement(By.id("duty-38-BS"));
            assertThat(ward.getText()).contains("Phường Bỉm Sơn", "Chưa nộp");
            assertThat(b.driver.findElement(By.id("duty-38-QT")).getText()).contains("Nộp đúng hạn");
            b.screenshot("70-completeness");
            b.clickAndReload(By.cssSelector("#duty-38-BS button.remind"));
            assertThat(b.driver.findElement(By.id("notice")).getText()).isIn(
                    "Đã gửi lời nhắc tới cán bộ của đơn vị.", "Hôm nay đã nhắc rồi.");
            assertThat(b.driver.findElement(By.id("duty-38-BS")).getText()).contains("đã nhắc ngày");

            b.driver.manage().window().setSize(new Dimension(390, 844));
            try {
                JavascriptExecutor js = (JavascriptExecutor) b.driver;
                long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
                long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
                assertThat(scroll).isLessThanOrEqualTo(inner);
                b.screenshot("71-completeness-390px");
            } finally {
                b.driver.manage().window().setSize(new Dimension(1280, 900));
            }

            b.driver.manage().deleteAllCookies();
            b.login("badinh", "chungsuc");
            b.open("/");
            b.clickAndWait(By.cssSelector("a.home-card[href$='/plan/reminders']"));
            assertThat(b.driver.findElement(By.id("reminders")).getText())
                    .contains("Báo cáo thử nghiệm (chỉ dùng khi kiểm thử) – 2026-H1", "Phường Bỉm Sơn");
            b.screenshot("72-reminders");

            duties.submit("38-BS", "2026-H1", LocalDate.of(2026, 12, 3));
            b.open("/");
            assertThat(b.driver.findElements(By.cssSelector("a.home-card[href$='/plan/reminders']"))).isEmpty();
            b.open("/plan/reminders");
            assertThat(b.driver.findElement(By.id("no-reminders")).getText())
                    .isEqualTo("Đơn vị của bạn không còn báo cáo nào phải nộp.");
        } finally {
            jdbc.sql("delete from plan_duty_setting where kind = :k").param("k", kind).update();
        }
    }
}
