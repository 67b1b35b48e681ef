package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.registry.demo.SyntheticPeople;
import vn.chungsuc.registry.domain.Forms;
import vn.chungsuc.registry.domain.HouseholdCommands;
import vn.chungsuc.registry.domain.Sex;
import vn.chungsuc.shared.scope.UnitScope;

/**
 * Issue 13 item 18 as the officer of phường Ba Đình lives it: a woman of one household of his ward marries the head
 * of another; from "Thêm nhân khẩu" he chooses a person already in the register, finds her by name without accents,
 * records the marriage with its date, and both households show the move; no second record of her is made.
 */
@IntegrationTest
class MovePersonIntoHouseholdBrowserTest extends BrowserTestSupport {

    @Autowired HouseholdCommands commands;
    @Autowired JdbcClient jdbc;

    @Test
    void theWardOfficerMovesAWomanOfTheRegisterIntoHerHusbandsHousehold() {
        commands.register(new Forms.NewHousehold("HR18-W1", "14812-05", "Số 21, phố Lê Lợi", "01/03/2020",
                "Đào Văn Khánh", "MALE", "02/02/1995", SyntheticPeople.citizenId("038", Sex.MALE, 1995, 983_001),
                "Kinh", ""), UnitScope.ALL);
        commands.register(new Forms.NewHousehold("HR18-W2", "14812-06", "Số 4, phố Trần Phú", "01/03/2020",
                "Hà Văn Lộc", "MALE", "02/02/1968", SyntheticPeople.citizenId("038", Sex.MALE, 1968, 983_002),
                "Kinh", ""), UnitScope.ALL);
        String cccd = SyntheticPeople.citizenId("038", Sex.FEMALE, 1997, 983_003);
        long her = commands.addMember("HR18-W2", new Forms.NewMember("Hà Thị Duyên", "FEMALE", "09/09/1997", cccd,
                "Kinh", "", "CHILD", "MOVED_IN", "01/04/2020"), UnitScope.ALL);

        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.login("badinh", "chungsuc");
        b.open("/registry/households/HR18-W1");
        b.clickAndWait(By.linkText("Thêm nhân khẩu"));
        assertThat(new Select(b.driver.findElement(By.id("joinedBy"))).getOptions()).extracting(WebElement::getText)
                .contains("Sinh ra", "Kết hôn", "Nhận con nuôi", "Chuyển đến",
                        "Chuyển từ hộ khác trong sổ (người đã có)");
        b.screenshot("registry-move-01-member-form");
        b.clickAndWait(By.id("existing-link"));

        b.driver.findElement(By.id("q")).sendKeys("ha thi duyen");
        b.clickAndWait(By.id("transfer-search-button"));
        WebElement results = b.driver.findElement(By.id("transfer-results"));
        assertThat(results.getText()).contains("Hà Thị Duyên", "09/09/1997", "HR18-W2");
        b.driver.findElement(By.id("person-" + her)).click();
        new Select(b.driver.findElement(By.id("joinedBy"))).selectByVisibleText("Kết hôn");
        new Select(b.driver.findElement(By.id("relation"))).selectByVisibleText("Vợ/Chồng");
        WebElement on = b.driver.findElement(By.id("on"));
        on.clear();
        on.sendKeys("10/11/2026");
        b.driver.findElement(By.id("note")).sendKeys("Kết hôn với anh Đào Văn Khánh");
        b.screenshot("registry-move-02-transfer-form");
        b.clickAndWait(By.cssSelector("main form[method=post] button[type=submit]"));

        assertThat(b.driver.getCurrentUrl()).endsWith("/registry/households/HR18-W1");
        assertThat(b.text()).contains("Đã chuyển Hà Thị Duyên từ hộ HR18-W2 vào hộ này.");
        assertThat(b.driver.findElement(By.id("members-table")).getText()).contains("Hà Thị Duyên", "Vợ/Chồng",
                "10/11/2026");
        assertThat(b.driver.findElement(By.id("memberships-table")).getText()).contains("Kết hôn");
        assertThat(b.driver.findElement(By.id("events-table")).getText()).contains("Nhập khẩu", "hộ HR18-W2",
                "Kết hôn với anh Đào Văn Khánh");
        b.screenshot("registry-move-03-new-household");

        b.clickAndWait(By.linkText("hộ HR18-W2"));
        assertThat(b.driver.findElement(By.id("memberships-table")).getText()).contains("Hà Thị Duyên",
                "Chuyển sang hộ khác");
        assertThat(b.driver.findElement(By.id("events-table")).getText()).contains("Chuyển đi", "hộ HR18-W1");
        assertThat(b.driver.findElement(By.id("members-table")).getText()).doesNotContain("Hà Thị Duyên");
        b.screenshot("registry-move-04-old-household");

        assertThat(jdbc.sql("select count(*) from registry_person where citizen_id = ?").param(cccd)
                .query(Long.class).single()).isOne();
    }
}
