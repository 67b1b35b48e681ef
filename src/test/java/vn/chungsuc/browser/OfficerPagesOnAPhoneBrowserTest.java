package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.campaign.CampaignApi;

/**
 * The officer's widest pages on a phone 390 px wide: the dashboard, a programme, a household, the indicator
 * definitions and the public progress never scroll sideways (their tables scroll inside their own box).
 */
@IntegrationTest
class OfficerPagesOnAPhoneBrowserTest extends BrowserTestSupport {

    @Autowired CampaignApi campaign;
    @Autowired JdbcClient jdbc;

    @Test
    void theWidestPagesFitA390PixelScreen() {
        long programme = campaign.programmes().stream().filter(p -> p.number().startsWith("1995/CTrPH"))
                .findFirst().orElseThrow().id();
        String household = jdbc.sql("select code from registry_household order by code limit 1")
                .query(String.class).single();
        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.login("mttq", "chungsuc");
        b.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            JavascriptExecutor js = (JavascriptExecutor) b.driver;
            String[] pages = {"/dashboard?programme=" + programme + "&year=2019", "/programmes/" + programme,
                "/registry/households/" + household, "/indicators/definitions",
                "/public/programmes/" + programme + "?year=2019"};
            for (String page : pages) {
                b.open(page);
                assertThat(b.driver.findElement(By.tagName("h1")).getText()).as(page).isNotBlank();
                long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
                long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
                assertThat(inner).as("window width").isLessThanOrEqualTo(420);
                assertThat(scroll).as("page width of %s", page).isLessThanOrEqualTo(inner);
            }
            b.open("/programmes/" + programme);
            b.screenshot("91-programme-390px");
        } finally {
            b.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
