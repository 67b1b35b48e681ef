package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.campaign.CampaignApi;

/**
 * Issue 5 in a browser: the head of khu phố 1 (phường Ba Đình) runs the area's 2024 cultural-family round (the demo
 * left it to him): registration, an exclusion with its reason, scoring, a meeting without and then with a quorum,
 * the vote, the posting and the dossier; the ward records the chair's decision from the area's list; the dashboard
 * shows the area's and the town's cultural-family shares move.
 */
@IntegrationTest
class RecognitionRoundBrowserTest extends BrowserTestSupport {

    @Autowired CampaignApi campaign;

    private long seed() {
        return campaign.programmes().stream().filter(p -> p.number().equals("1995/CTrPH-UBND-UB.MTTQ")).findFirst()
                .orElseThrow().id();
    }

    /** Submits with the element and waits for the next page (the same URL after a redirect). */
    private void submit(Browser b, By locator) {
        WebElement html = b.driver.findElement(By.tagName("html"));
        WebElement el = b.driver.findElement(locator);
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", el);
        el.click();
        b.waitUntilGone(html);
    }

    private WebElement scroll(Browser b, WebElement el) {
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", el);
        return el;
    }

    private void type(Browser b, String id, String text) {
        WebElement el = b.driver.findElement(By.id(id));
        el.clear();
        el.sendKeys(text);
    }

    private String value(Browser b, String target) {
        return b.driver.findElement(By.cssSelector("#row-" + target + " td.value")).getText();
    }

    /** Reloads the dashboard until the target's value differs (figures follow a decision within a second). */
    private String awaitChange(Browser b, String url, String target, String before) {
        new WebDriverWait(b.driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    b.open(url);
                    return !value(b, target).equals(before);
                });
        return value(b, target);
    }

    @Test
    void theAreaHeadRunsTheRoundTheWardDecidesAndTheDashboardMoves() {
        Browser b = browser();
        String town = "/dashboard?programme=" + seed() + "&year=2024&unit=381";
        String area = "/dashboard?programme=" + seed() + "&year=2024&unit=14812-01";
        b.driver.manage().deleteAllCookies();
        b.login("mttq", "chungsuc");
        b.open(town);
        String townBefore = value(b, "DTVM-2");
        b.open(area);
        String areaBefore = value(b, "DTVM-2");
        assertThat(areaBefore).startsWith("0");

        b.driver.manage().deleteAllCookies();
        b.login("kp1badinh", "chungsuc");
        b.open("/recognition/rounds?year=2024");
        assertThat(b.driver.getCurrentUrl()).endsWith("/recognition/rounds/14812-01/2024");
        assertThat(b.text()).contains("Bình xét Gia đình văn hóa năm 2024 – Khu phố 1", "Chưa mở đợt bình xét");
        submit(b, By.id("open-round"));
        assertThat(b.text()).contains("Đã mở đợt bình xét", "Nghị định 86/2023/NĐ-CP",
                "Họp hợp lệ khi có ít nhất 60% số người được mời");
        submit(b, By.id("register-all"));
        assertThat(b.text()).containsPattern("Đã đăng ký \\d+ hộ");

        // An exclusion: a member fined for domestic violence, with the number of the sanction.
        WebElement first = b.driver.findElement(By.cssSelector("#households tbody tr"));
        String excluded = first.getAttribute("data-household");
        scroll(b, first.findElement(By.tagName("summary"))).click();
        WebElement form = first.findElement(By.cssSelector("form.exclude-form"));
        new Select(form.findElement(By.name("criterion"))).selectByVisibleText(
                "L5. Có thành viên bị xử phạt vì bạo lực gia đình");
        form.findElement(By.name("reason")).sendKeys("Quyết định xử phạt số 31/QĐ-XPHC ngày 12/5/2024");
        WebElement html = b.driver.findElement(By.tagName("html"));
        scroll(b, form.findElement(By.cssSelector("button[type=submit]"))).click();
        b.waitUntilGone(html);
        assertThat(b.text()).contains("Đã ghi trường hợp không xét cho hộ " + excluded);

        submit(b, By.id("score-all"));
        assertThat(b.text()).containsPattern("Đã chấm đạt đủ tiêu chuẩn cho \\d+ hộ");

        // 59 of 100: no quorum; 60 of 100: the meeting is valid.
        type(b, "meetingOn", "10/11/2024");
        type(b, "invitees", "100");
        type(b, "attendees", "59");
        submit(b, By.id("save-meeting"));
        assertThat(b.driver.findElement(By.id("meeting-result")).getText()).contains("KHÔNG đủ", "cần 60");
        assertThat(b.driver.findElements(By.id("vote-all"))).isEmpty();
        type(b, "attendees", "60");
        submit(b, By.id("save-meeting"));
        assertThat(b.driver.findElement(By.id("meeting-result")).getText()).contains("60/100", "đủ số người dự họp");
        assertThat(b.driver.findElement(By.id("vote-rule")).getText()).contains("36/60");
        type(b, "agree", "36");
        submit(b, By.id("vote-all"));
        assertThat(b.text()).containsPattern("Đã ghi biểu quyết cho \\d+ hộ");

        type(b, "postedFrom", "11/11/2024");
        type(b, "objections", "Không có ý kiến phản ánh");
        submit(b, By.id("save-posting"));
        assertThat(b.driver.findElement(By.id("posting")).getText()).contains("11/11/2024", "21/11/2024");
        type(b, "sentOn", "22/11/2024");
        WebElement page = b.driver.findElement(By.tagName("html"));
        scroll(b, b.driver.findElement(By.id("send-dossier"))).click();
        b.driver.switchTo().alert().accept();
        b.waitUntilGone(page);
        assertThat(b.driver.findElement(By.id("round-sent")).getText()).contains("22/11/2024");
        b.open("/recognition/rounds/14812-01/2024?state=EXCLUDED");
        assertThat(b.driver.findElement(By.id("households")).getText()).contains(excluded, "Không xét",
                "bạo lực gia đình", "31/QĐ-XPHC");
        b.screenshot("50-round-sent-by-area-head");

        // The ward records the chair's decision from the list the area sent.
        b.driver.manage().deleteAllCookies();
        b.login("badinh", "chungsuc");
        b.open("/recognition/decisions/new?title=CULTURAL_FAMILY&year=2024&unit=14812");
        assertThat(b.driver.findElement(By.id("decider")).getText()).contains("Chủ tịch UBND cấp xã");
        WebElement proposal = b.driver.findElement(By.cssSelector(".proposal[data-area='14812-01']"));
        int proposed = proposal.findElements(By.cssSelector("input[name=subject]")).size();
        assertThat(proposed).isGreaterThan(100);
        assertThat(proposal.getText()).doesNotContain(excluded);
        type(b, "number", "245/QĐ-UBND");
        type(b, "signedOn", "20/12/2024");
        type(b, "signer", "Lê Thị Thanh Hương");
        scroll(b, b.driver.findElement(By.id("save-decision")));
        b.clickAndWait(By.id("save-decision"));
        assertThat(b.driver.findElements(By.id("award-count"))).as(b.driver.getCurrentUrl() + "\n" + b.text())
                .isNotEmpty();
        assertThat(b.driver.findElement(By.id("award-count")).getText()).isEqualTo(String.valueOf(proposed));
        assertThat(b.text()).contains("Quyết định số 245/QĐ-UBND", "Gia đình văn hóa – 2024");
        b.screenshot("51-decision-recorded-by-ward");

        // The dashboard: the area's and the town's shares moved.
        b.driver.manage().deleteAllCookies();
        b.login("mttq", "chungsuc");
        String areaAfter = awaitChange(b, area, "DTVM-2", areaBefore);
        assertThat(areaAfter).contains(proposed + "/");
        scroll(b, b.driver.findElement(By.id("row-DTVM-2")));
        b.screenshot("52-dashboard-area-after-decision");
        String townAfter = awaitChange(b, town, "DTVM-2", townBefore);
        assertThat(townAfter).isNotEqualTo(townBefore);
        scroll(b, b.driver.findElement(By.id("row-DTVM-2")));
        b.screenshot("53-dashboard-town-after-decision");
    }
}
