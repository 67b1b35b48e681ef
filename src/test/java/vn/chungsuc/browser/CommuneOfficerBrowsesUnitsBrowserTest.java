package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.chungsuc.IntegrationTest;

/** The flow of issue 2: the officer of phường Ba Đình signs in, browses the unit tree, and cannot reach xã Quang Trung. */
@IntegrationTest
class CommuneOfficerBrowsesUnitsBrowserTest extends BrowserTestSupport {

    @Test
    void theBaDinhOfficerBrowsesHisWardButNeverSeesQuangTrung() throws Exception {
        Browser b = browser();
        b.open("/login");
        b.screenshot("01-login");
        assertThat(b.text()).contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu");

        b.login("badinh", "chungsuc");
        assertThat(b.driver.findElement(By.id("current-user")).getText()).contains("badinh");

        b.open("/units?asOf=2017-10-09");
        assertThat(b.text()).contains("Ba Đình").doesNotContain("Quang Trung");
        b.screenshot("02-unit-tree-badinh-2017");

        b.clickAndWait(By.partialLinkText("Ba Đình"));
        assertThat(b.driver.getCurrentUrl()).contains("/units/14812");
        assertThat(b.text()).contains("Phường Ba Đình", "Khu phố 1");
        b.screenshot("03-unit-ba-dinh");

        b.open("/units/14824?asOf=2017-10-09");
        assertThat(b.text()).contains("Không tìm thấy").doesNotContain("Xã Quang Trung");

        b.open("/units?asOf=2017-10-09&q=quang+trung");
        assertThat(b.text()).doesNotContain("Xã Quang Trung");

        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/units/14824?asOf=2017-10-09"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("badinh:chungsuc".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isIn(403, 404);
    }

    @Test
    void theAdministratorSeesTheAuditLogInVietnamese() {
        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.login("admin", "chungsuc");
        b.open("/admin/audit");
        assertThat(b.text()).contains("Nhật ký thao tác", "Người thực hiện");
        b.screenshot("04-audit-log");
        b.open("/admin/users");
        assertThat(b.text()).contains("Người dùng", "Cán bộ UB MTTQ");
        b.screenshot("05-users");

        b.open("/admin/users/new");
        b.driver.findElement(By.id("manage-pick")).sendKeys("bim son");
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver, java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("[data-target=manageCodes] .unit-picker-results button"))
                        .isEmpty());
        b.screenshot("06-user-form-unit-picker");
        b.driver.findElements(By.cssSelector("[data-target=manageCodes] .unit-picker-results button")).stream()
                .filter(e -> e.getText().contains("(38-BS)")).findFirst().orElseThrow().click();
        assertThat(b.driver.findElement(By.id("manageCodes")).getAttribute("value")).isEqualTo("38-BS");
    }
}
