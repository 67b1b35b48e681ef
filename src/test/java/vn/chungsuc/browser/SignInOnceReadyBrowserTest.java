package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.chungsuc.shared.startup.HeldBackStart;

/**
 * A newcomer opens the login page while the start is still loading its demo: the page says so and updates itself;
 * as soon as it says ready, signing in works. The user (the administrator a first start creates) is made by a
 * start-up runner that runs after the demo, so a sign-in that works right after "ready" proves the page does not
 * say ready too early.
 */
class SignInOnceReadyBrowserTest {

    private static final String PASSWORD = "ready-check-2026";

    @TempDir Path dir;

    @Test
    void theLoginPageShowsTheDemoLoadingThenReadyAndTheSignInWorksAtOnce() throws Exception {
        try (HeldBackStart start = new HeldBackStart(dir, "--chungsuc.bootstrap.admin-password=" + PASSWORD);
                Browser b = new Browser(start.awaitLoading())) {
            b.open("/login");
            assertThat(b.text()).contains("Đang nạp dữ liệu mẫu…", "Bước 1/1");
            b.screenshot("startup-01-loading");

            start.release();
            new WebDriverWait(b.driver, Duration.ofMinutes(2))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("startup-ready")));
            assertThat(b.text()).contains("sẵn sàng").doesNotContain("Đang nạp dữ liệu mẫu…");
            b.screenshot("startup-02-ready");

            b.driver.findElement(By.id("username")).sendKeys("admin");
            b.driver.findElement(By.id("password")).sendKeys(PASSWORD);
            b.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
            assertThat(b.driver.findElement(By.id("current-user")).getText()).contains("admin");
        }
    }
}
