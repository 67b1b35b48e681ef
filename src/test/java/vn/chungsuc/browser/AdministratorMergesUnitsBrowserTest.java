package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.MadeUpProvince;
import vn.chungsuc.territory.Reorganisation;
import vn.chungsuc.territory.TerritoryApi;

/**
 * Issue 13 item 17: the administrator merges two made-up communes into a third on the screens: the preview shows
 * what moves (and writes nothing), the confirmation makes the merger, and the receiving commune's page shows its
 * villages, the namesakes with the commune they came from.
 */
@IntegrationTest
class AdministratorMergesUnitsBrowserTest extends BrowserTestSupport {

    static final LocalDate ON = LocalDate.of(2099, 3, 1);

    @Autowired Reorganisation reorganisation;
    @Autowired TerritoryApi territory;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void removeTheMadeUpUnits() {
        MadeUpProvince.remove(jdbc);
    }

    @Test
    void theAdministratorPreviewsThenConfirmsAMerger() {
        MadeUpProvince.remove(jdbc);
        MadeUpProvince.create(reorganisation, territory, "BA", "BB", "BC");
        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.login("admin", "chungsuc");
        b.open("/admin/units/changes");
        assertThat(b.text()).contains("Thay đổi đơn vị hành chính", "Sáp nhập", "Chia tách", "Đổi tên", "Giải thể");
        b.driver.findElement(By.id("sources")).sendKeys("97-BA, 97-BB");
        b.driver.findElement(By.id("into")).sendKeys("97-BC");
        b.driver.findElement(By.id("effectiveOn")).sendKeys("01/03/2099");
        b.driver.findElement(By.id("legalBasis")).sendKeys("Nghị quyết thử nghiệm");
        b.clickAndWait(By.id("change-preview"));

        assertThat(b.text()).contains("Xem trước: Sáp nhập: 97-BA, 97-BB – 01/03/2099", "Chưa có gì được ghi",
                "Xã Thử BA", "Kết thúc", "Thôn 1 (Thử BA cũ), thuộc Xã Thử BC",
                "Sau thay đổi, Xã Thử BC có 6 đơn vị trực thuộc");
        b.screenshot("territory-merge-preview");
        assertThat(territory.find("97-BA", ON, UnitScope.ALL)).as("the preview writes nothing").isPresent();
        b.driver.manage().window().setSize(new Dimension(390, 844));
        assertThat((Long) ((JavascriptExecutor) b.driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth")).isLessThanOrEqualTo(0L);
        b.screenshot("territory-merge-preview-phone");
        b.driver.manage().window().setSize(new Dimension(1280, 1000));

        // The button as a user reaches it at the foot of the preview (a native click may land on the page's footer).
        String previewUrl = b.driver.getCurrentUrl();
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + " arguments[0].click();", b.driver.findElement(By.id("change-confirm")));
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver, java.time.Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().equals(previewUrl));
        assertThat(b.driver.getCurrentUrl()).contains("/units/97-BC");
        assertThat(b.text()).contains("Đã ghi thay đổi", "Xã Thử BC", "Thôn 1 (Thử BA cũ)", "Thôn 1 (Thử BB cũ)");
        b.screenshot("territory-merge-done");
        assertThat(territory.find("97-BA", ON, UnitScope.ALL)).isEmpty();
        assertThat(territory.children("97-BC", ON, UnitScope.ALL)).hasSize(6);
    }
}
