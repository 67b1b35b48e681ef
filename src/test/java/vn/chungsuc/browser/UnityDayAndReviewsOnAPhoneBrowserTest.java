package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chungsuc.IntegrationTest;

/**
 * Issue 15 items 5 and 8 on a phone 390 px wide: the Front reads which areas held the Great Unity Day of 2025 per
 * ward, an area's day, the reviews and an inspection with its overdue follow-up, none with a sideways scroll; an area
 * head opens his area's day.
 */
@IntegrationTest
class UnityDayAndReviewsOnAPhoneBrowserTest extends BrowserTestSupport {

    @Autowired JdbcClient jdbc;

    private void fits(Browser b, String page) {
        b.open(page);
        JavascriptExecutor js = (JavascriptExecutor) b.driver;
        long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
        long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(scroll).as("page width of %s", page).isLessThanOrEqualTo(inner);
    }

    @Test
    void theFrontReadsTheUnityDaysAndTheReviewsOnAPhone() {
        long inspection = jdbc.sql("select id from plan_inspection where period = '2020-H1' order by id limit 1")
                .query(Long.class).single();
        long review = jdbc.sql("select id from plan_review where kind = 'FINAL'").query(Long.class).single();
        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.login("mttq", "chungsuc");
        b.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            fits(b, "/plan/unity-days?year=2025");
            assertThat(b.driver.findElement(By.id("communes")).getText()).contains("Phường Bỉm Sơn",
                    "Phường Quang Trung");
            b.screenshot("73-unity-days-390px");
            fits(b, "/plan/unity-days/area/14812-01/2025");
            b.screenshot("74-unity-day-area-390px");
            fits(b, "/plan/reviews");
            assertThat(b.driver.findElement(By.id("reviews")).getText()).contains("Sơ kết 2 năm", "Tổng kết");
            b.screenshot("75-reviews-390px");
            fits(b, "/plan/reviews/" + review);
            fits(b, "/plan/inspections/" + inspection);
            assertThat(b.driver.findElement(By.id("followups")).getText()).contains("Quá hạn");
            b.screenshot("76-inspection-390px");
            fits(b, "/plan/completeness/settings");

            b.driver.manage().deleteAllCookies();
            b.login("kp1badinh", "chungsuc");
            fits(b, "/plan/unity-days/area/14812-01/2025");
            assertThat(b.driver.findElements(By.id("save"))).hasSize(1);
        } finally {
            b.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
