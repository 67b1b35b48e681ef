package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.campaign.CampaignApi;

/**
 * Issue 17 items 6–7 in a browser: the Front's officer opens the demo supervision plan of phường Bỉm Sơn, records
 * a finding with its recommendation, makes it a task ("Tạo nhiệm vụ") naming a target of the programme, and the
 * programme's plan shows the task under its follow-up group; then the ward's officer opens the task from the
 * finding and reports its progress (the plan checks the task's own unit, the ward, not the dissolved town's); the
 * supervision page fits a phone 390 px wide.
 */
@IntegrationTest
class SupervisionFindingBecomesTaskBrowserTest extends BrowserTestSupport {

    @Autowired JdbcClient jdbc;
    @Autowired CampaignApi campaign;

    @Test
    void theFrontRecordsAFindingMakesItATaskAndThePlanShowsIt() {
        long plan = jdbc.sql("select min(id) from feedback_supervision_plan where commune_code = '38-BS'")
                .query(Long.class).single();
        long programme = campaign.programmes().stream().filter(p -> p.number().startsWith("1995")).findFirst()
                .orElseThrow().id();
        Browser b = browser();
        try {
            b.driver.manage().window().setSize(new Dimension(1366, 900));
            b.driver.manage().deleteAllCookies();
            b.login("mttq", "chungsuc");
            b.open("/feedback/supervision");
            b.clickAndWait(By.partialLinkText("Giám sát việc thu gom"));
            b.driver.findElement(By.id("finding")).sendKeys("Đường điện chiếu sáng Khu phố 6 hỏng, chưa sửa");
            b.driver.findElement(By.id("recommendation")).sendKeys("Sửa chữa, thay thế đèn chiếu sáng Khu phố 6");
            b.clickAndReload(By.id("save-finding"));
            assertThat(b.driver.findElement(By.id("notice")).getText())
                    .isEqualTo("Đã ghi kết quả giám sát và kiến nghị.");
            List<WebElement> cards = b.driver.findElements(By.cssSelector("[id^=finding-]"));
            WebElement mine = cards.stream().filter(c -> c.getText().contains("Khu phố 6 hỏng")).findFirst()
                    .orElseThrow();
            b.screenshot("supervision-plan-1366");
            b.inView(mine.findElement(By.cssSelector("a.make-task"))).click();
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver, java.time.Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().endsWith("/task"));
            assertThat(b.driver.findElement(By.id("title")).getText()).contains("Sửa chữa, thay thế đèn chiếu sáng");
            new org.openqa.selenium.support.ui.Select(b.driver.findElement(By.id("target"))).selectByIndex(1);
            b.clickAndWait(By.id("open-task"));
            assertThat(b.driver.findElement(By.id("notice")).getText()).isEqualTo("Đã tạo nhiệm vụ trong kế hoạch.");
            assertThat(b.text()).contains("Nhiệm vụ trong kế hoạch: PS.");

            b.open("/plan/" + programme);
            assertThat(b.text()).contains("Nhiệm vụ phát sinh từ phản ánh của nhân dân và giám sát của Mặt trận",
                    "Thực hiện kiến nghị giám sát: Sửa chữa, thay thế đèn chiếu sáng Khu phố 6");

            // after the hand-off the ward's officer follows the task from the finding and reports on it: the task
            // is in the dissolved town's programme, but it covers the ward he manages today
            b.driver.manage().deleteAllCookies();
            b.login("badinh", "chungsuc");
            b.open("/feedback/supervision/" + plan);
            WebElement card = b.driver.findElements(By.cssSelector("[id^=finding-]")).stream()
                    .filter(c -> c.getText().contains("Khu phố 6 hỏng")).findFirst().orElseThrow();
            b.inView(card.findElement(By.cssSelector(".followup a"))).click();
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver, java.time.Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().contains("/plan/tasks/"));
            String year = String.valueOf(java.time.LocalDate.now(vn.chungsuc.shared.time.Today.VIETNAM).getYear());
            WebElement period = b.driver.findElement(By.id("period"));
            period.clear();
            period.sendKeys(year);
            b.driver.findElement(By.id("percent-input")).sendKeys("40");
            new org.openqa.selenium.support.ui.Select(b.driver.findElement(By.id("state")))
                    .selectByValue("IN_PROGRESS");
            b.driver.findElement(By.id("note")).sendKeys("Đã thay 5 bóng đèn Khu phố 6");
            b.clickAndReload(By.id("send"));
            assertThat(b.driver.findElement(By.id("notice")).getText()).isEqualTo("Đã ghi báo cáo tiến độ.");
            assertThat(b.driver.findElement(By.id("percent")).getText()).isEqualTo("40 %");
            assertThat(b.text()).contains("Đã thay 5 bóng đèn Khu phố 6");

            b.driver.manage().window().setSize(new Dimension(390, 844));
            b.open("/feedback/supervision/" + plan);
            Object scroll = ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            b.screenshot("supervision-plan-390");
            assertThat(((Number) scroll).intValue()).isLessThanOrEqualTo(0);
        } finally {
            b.driver.manage().window().setSize(new Dimension(1366, 900));
            jdbc.sql("delete from feedback_followup").update();
            jdbc.sql("delete from plan_task where parent_id in (select id from plan_task where number = 'PS')")
                    .update();
            jdbc.sql("delete from plan_task where number = 'PS'").update();
        }
    }
}
