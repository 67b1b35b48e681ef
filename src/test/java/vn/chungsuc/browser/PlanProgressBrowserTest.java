package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.campaign.CampaignApi;

/**
 * Issue 15 items 1–2 in a browser: the Culture department finds its tasks first on the plan, reports 2020 done on
 * its overdue task VI.1.1.2 with a file as evidence; the Front sees the department's group VI.1.1 roll up from
 * 95 % to 100 % by the weighted mean shown with its weights, while the urban department's unfinished task stays
 * flagged overdue; the plan fits a phone 390 px wide.
 */
@IntegrationTest
class PlanProgressBrowserTest extends BrowserTestSupport {

    @Autowired CampaignApi campaign;

    private String plan() {
        return "/plan/" + campaign.programmes().stream().filter(p -> p.number().equals("1995/CTrPH-UBND-UB.MTTQ"))
                .findFirst().orElseThrow().id();
    }

    private String progress(Browser b, String number) {
        return b.driver.findElement(By.id("task-" + number)).findElement(By.cssSelector("td.progress-cell"))
                .getText();
    }

    @Test
    void theCultureDepartmentReportsItsTaskAndTheFrontSeesItRollUp() throws Exception {
        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.login("mttq", "chungsuc");
        b.open(plan());
        assertThat(progress(b, "VI.1.1")).isEqualTo("95 %");
        assertThat(b.driver.findElements(By.id("mine"))).isEmpty();

        b.driver.manage().deleteAllCookies();
        b.login("vhtt", "chungsuc");
        b.open("/plan");
        WebElement mine = b.driver.findElement(By.id("mine"));
        assertThat(mine.getText()).contains("VI.1.1.1", "VI.1.1.2", "Quá hạn").doesNotContain("VI.1.2.1");
        b.clickAndWait(By.linkText("VI.1.1.2"));
        assertThat(b.driver.findElement(By.id("overdue")).getText()).isEqualTo("Quá hạn");
        assertThat(b.driver.findElement(By.id("late")).getText()).contains("2020");
        assertThat(b.driver.findElement(By.id("percent")).getText()).isEqualTo("90 %");
        WebElement period = b.driver.findElement(By.id("period"));
        period.clear();
        period.sendKeys("2020");
        b.driver.findElement(By.id("percent-input")).sendKeys("100");
        new Select(b.driver.findElement(By.id("state"))).selectByValue("DONE");
        b.driver.findElement(By.id("note")).sendKeys("Đã hướng dẫn bình xét ở 8 xã, phường");
        Path photo = Files.createTempFile("hoi-nghi", ".jpg");
        Files.write(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3});
        b.driver.findElement(By.id("files")).sendKeys(photo.toString());
        WebElement send = b.driver.findElement(By.id("send"));
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", send);
        b.clickAndReload(By.id("send"));
        assertThat(b.driver.findElement(By.id("notice")).getText()).isEqualTo("Đã ghi báo cáo tiến độ.");
        assertThat(b.driver.findElement(By.id("percent")).getText()).isEqualTo("100 %");
        assertThat(b.driver.findElements(By.id("overdue"))).isEmpty();
        assertThat(b.driver.findElement(By.id("reports")).getText())
                .contains("Đã hướng dẫn bình xét ở 8 xã, phường", photo.getFileName().toString());
        Files.deleteIfExists(photo);

        b.driver.manage().deleteAllCookies();
        b.login("mttq", "chungsuc");
        b.open(plan());
        assertThat(progress(b, "VI.1.1")).isEqualTo("100 %");
        WebElement urban = b.driver.findElement(By.id("task-VI.1.4.2"));
        assertThat(urban.findElements(By.cssSelector(".overdue"))).hasSize(1);
        assertThat(b.driver.findElement(By.id("task-VI.1.1.2")).findElements(By.cssSelector(".overdue"))).isEmpty();
        String href = b.driver.findElement(By.cssSelector("#task-VI\\.1\\.1 a")).getAttribute("href");
        b.open(href.replaceFirst("^https?://[^/]+", ""));
        assertThat(b.driver.findElement(By.id("why-formula")).getText())
                .isEqualTo("bình quân có trọng số: (1 × 100 % + 1 × 100 %) / 2 = 100 %");
        b.screenshot("60-plan-task-group");
        String group = b.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");

        b.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            JavascriptExecutor js = (JavascriptExecutor) b.driver;
            for (String page : new String[] {plan(), group}) {
                b.open(page);
                long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
                long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
                assertThat(scroll).as("page width of %s", page).isLessThanOrEqualTo(inner);
            }
            b.open(plan());
            b.screenshot("61-plan-390px");
        } finally {
            b.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
