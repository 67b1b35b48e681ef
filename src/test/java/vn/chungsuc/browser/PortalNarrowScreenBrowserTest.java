package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.campaign.CampaignApi;

/**
 * The public portal on a phone 390 px wide: the home with its contributed sections, a programme's progress and the
 * poverty lists fit the width (a wide table scrolls inside its own box, the page never sideways).
 */
@IntegrationTest
class PortalNarrowScreenBrowserTest extends BrowserTestSupport {

    @Autowired CampaignApi campaign;

    @Test
    void thePublicPagesFitA390PixelScreen() {
        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.driver.manage().window().setSize(new Dimension(390, 844));
        long programme = campaign.programmes().stream().filter(p -> p.number().startsWith("1995/CTrPH"))
                .findFirst().orElseThrow().id();
        try {
            for (String page : new String[] {"/public", "/public/programmes/" + programme + "?year=2019",
                    "/public/programmes", "/public/poverty"}) {
                b.open(page);
                assertThat(b.driver.findElement(By.tagName("h1")).getText()).isNotBlank();
                JavascriptExecutor js = (JavascriptExecutor) b.driver;
                long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
                long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
                assertThat(inner).as("window width").isLessThanOrEqualTo(420);
                assertThat(scroll).as("page width of %s", page).isLessThanOrEqualTo(inner);
            }
            b.open("/public");
            assertThat(b.driver.findElement(By.id("section-programmes")).getText()).contains("1995/CTrPH");
            assertThat(b.driver.findElement(By.id("section-poverty")).getText())
                    .contains("Hiện không có danh sách nào đang niêm yết");
            b.screenshot("90-portal-home-390px");
        } finally {
            b.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
