package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.chungsuc.IntegrationTest;

/**
 * Issue 15 item 3 in a browser, two roles in turn: phường Ba Đình's officer records a check on the ward's pilot
 * residential area and a good practice from it with a photo; the Front sees the check, finds the practice without
 * diacritics and marks it for replication; the pilots and practices pages fit a phone 390 px wide.
 */
@IntegrationTest
class PilotPracticeBrowserTest extends BrowserTestSupport {

    private static void set(Browser b, String id, String value) {
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].value = arguments[1]",
                b.driver.findElement(By.id(id)), value);
    }

    private static void click(Browser b, String id) {
        WebElement e = b.driver.findElement(By.id(id));
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", e);
        b.clickAndReload(By.id(id));
    }

    @Test
    void aWardRecordsItsPilotsCheckAndAPracticeAndTheFrontMarksItForReplication() throws Exception {
        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.login("badinh", "chungsuc");
        b.open("/plan/pilots");
        WebElement ward = b.driver.findElement(By.id("commune-14812"));
        assertThat(ward.getText()).contains("Chưa kết luận");
        assertThat(b.driver.findElements(By.id("commune-14824"))).isEmpty();
        b.clickAndWait(By.cssSelector("#commune-14812 a"));
        String pilot = b.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        set(b, "checkedOn", "2019-11-05");
        b.driver.findElement(By.id("checkedBy")).sendKeys("UBND phường Ba Đình");
        b.driver.findElement(By.id("findings")).sendKeys("Đã lắp 40 đèn chiếu sáng; 98 % hộ ký cam kết");
        click(b, "save-check");
        assertThat(b.driver.findElement(By.id("notice")).getText()).isEqualTo("Đã ghi kết quả kiểm tra.");
        assertThat(b.driver.findElement(By.id("checks")).getText()).contains("Đã lắp 40 đèn chiếu sáng");

        b.clickAndWait(By.linkText("Ghi nhận mô hình, cách làm hay"));
        b.driver.findElement(By.id("title")).sendKeys("Ngày Chủ nhật xanh ở khu phố");
        b.driver.findElement(By.id("place")).sendKeys("Các tuyến phố của khu");
        b.driver.findElement(By.id("description")).sendKeys("Mỗi tháng một ngày Chủ nhật toàn dân dọn vệ sinh.");
        set(b, "startedOn", "2019-06-01");
        Path photo = Files.createTempFile("chu-nhat-xanh", ".png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        b.driver.findElement(By.id("photos")).sendKeys(photo.toString());
        click(b, "save");
        Files.deleteIfExists(photo);
        assertThat(b.driver.findElement(By.id("notice")).getText()).isEqualTo("Đã ghi nhận mô hình.");
        assertThat(b.driver.findElement(By.id("practice-title")).getText()).isEqualTo("Ngày Chủ nhật xanh ở khu phố");
        assertThat(b.driver.findElements(By.cssSelector("#photos img"))).hasSize(1);
        assertThat(b.driver.findElements(By.id("mark-replicate"))).isEmpty();
        b.screenshot("62-practice-recorded");

        b.driver.manage().deleteAllCookies();
        b.login("mttq", "chungsuc");
        b.open(pilot);
        assertThat(b.driver.findElement(By.id("checks")).getText()).contains("Đã lắp 40 đèn chiếu sáng");
        b.open("/plan/practices?q=chu+nhat+xanh");
        b.clickAndWait(By.linkText("Ngày Chủ nhật xanh ở khu phố"));
        click(b, "mark-replicate");
        assertThat(b.driver.findElement(By.id("notice")).getText()).isEqualTo("Đã chọn mô hình để nhân rộng.");
        assertThat(b.driver.findElement(By.id("replicate-badge")).getText()).contains("Được chọn nhân rộng", "mttq");
        b.open("/plan/practices?replicate=true");
        assertThat(b.driver.findElement(By.id("practices")).getText()).contains("Ngày Chủ nhật xanh ở khu phố");

        b.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            JavascriptExecutor js = (JavascriptExecutor) b.driver;
            for (String page : new String[] {"/plan/pilots", "/plan/practices", pilot, "/plan/trainings",
                    "/plan/joint"}) {
                b.open(page);
                long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
                long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
                assertThat(scroll).as("page width of %s", page).isLessThanOrEqualTo(inner);
            }
            b.open("/plan/practices");
            b.screenshot("63-practices-390px");
        } finally {
            b.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
