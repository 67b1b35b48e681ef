package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.access.Role;
import vn.chungsuc.access.domain.UserAdministration;
import vn.chungsuc.shared.text.VietnameseText;

/**
 * Issue 13 item 1 in a browser: the head of khu phố 11 of the former phường Ba Đình (in phường Bỉm Sơn since
 * 1/7/2025; a login this test creates, for an area and year no other test writes) runs the 2026 cultural-family
 * round to "sent"; phường Bỉm Sơn's officer ({@code badinh}) opens "Ghi quyết định công nhận", finds the area's
 * dossier with its households already checked (no household code typed), records the chair's decision for that
 * area alone, and the area's households show the title.
 */
@IntegrationTest
class AreaDossierReachesTheMergedWardBrowserTest extends BrowserTestSupport {

    static final String AREA = "14812-11";
    static final String HEAD = "kp11badinh";

    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;

    /** How many window heights the page is long. */
    private double screens(Browser b) {
        return ((Number) ((JavascriptExecutor) b.driver).executeScript(
                "return document.documentElement.scrollHeight / window.innerHeight")).doubleValue();
    }

    private WebElement scroll(Browser b, WebElement el) {
        ((JavascriptExecutor) b.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", el);
        return el;
    }

    /** Submits with the element and waits for the next page (the same URL after a redirect). */
    private void submit(Browser b, By locator) {
        WebElement html = b.driver.findElement(By.tagName("html"));
        scroll(b, b.driver.findElement(locator)).click();
        b.waitUntilGone(html);
    }

    private void type(Browser b, String id, String text) {
        WebElement el = b.driver.findElement(By.id(id));
        el.clear();
        el.sendKeys(text);
    }

    private String badge(Browser b, String state) {
        return b.driver.findElement(By.cssSelector("#round-counts [data-state='" + state + "']")).getText();
    }

    @Test
    void theAreaHeadSendsTheDossierAndTheWardDecidesFromItsPreselectedList() {
        users.ensure(HEAD, "chungsuc", "Lê Văn Tám (Trưởng Khu phố 11, phường Ba Đình cũ)", Role.AREA_HEAD, null,
                Set.of(AREA), Set.of());
        Browser b = browser();

        // The area head runs the round: the only unit of his scope opens by itself.
        b.driver.manage().deleteAllCookies();
        b.login(HEAD, "chungsuc");
        b.open("/recognition/rounds?year=2026");
        assertThat(b.driver.getCurrentUrl()).endsWith("/recognition/rounds/" + AREA + "/2026");
        assertThat(b.text()).contains("Bình xét Gia đình văn hóa năm 2026 – Khu phố 11", "Chưa mở đợt bình xét");
        submit(b, By.id("open-round"));
        submit(b, By.id("register-all"));
        assertThat(b.text()).containsPattern("Đã đăng ký \\d+ hộ");
        submit(b, By.id("score-all"));
        assertThat(b.text()).containsPattern("Đã chấm đạt đủ tiêu chuẩn cho \\d+ hộ");
        type(b, "meetingOn", "10/11/2026");
        type(b, "invitees", "100");
        type(b, "attendees", "80");
        submit(b, By.id("save-meeting"));
        assertThat(b.driver.findElement(By.id("meeting-result")).getText()).contains("80/100");
        assertThat(b.driver.findElement(By.id("minutes-pdf")).getAttribute("href"))
                .endsWith("/recognition/rounds/" + AREA + "/2026/minutes.pdf");
        type(b, "agree", "70");
        submit(b, By.id("vote-all"));
        type(b, "postedFrom", "11/11/2026");
        type(b, "objections", "Không có ý kiến phản ánh");
        submit(b, By.id("save-posting"));
        assertThat(b.driver.findElement(By.id("posting-pdf")).getAttribute("href")).endsWith("/posting.pdf");
        // Today (3/12/2026) is past the 25/11 deadline and the dossier is not sent: the page says so.
        assertThat(b.driver.findElement(By.id("round-deadline")).getText()).contains("25/11/2026");
        String passedBadge = badge(b, "PASSED");
        int passed = Integer.parseInt(passedBadge.replaceAll(".*:\\s*", ""));
        assertThat(passed).isGreaterThan(10);
        type(b, "sentOn", "22/11/2026");
        WebElement page = b.driver.findElement(By.tagName("html"));
        scroll(b, b.driver.findElement(By.id("send-dossier"))).click();
        b.driver.switchTo().alert().accept();
        b.waitUntilGone(page);
        assertThat(b.driver.findElement(By.id("round-sent")).getText()).contains("22/11/2026", passed + " hộ");
        assertThat(b.driver.findElements(By.id("round-deadline"))).isEmpty();
        b.screenshot("60-kp11-round-sent");

        // The officer of phường Bỉm Sơn opens "Ghi quyết định công nhận" and picks the ward and the year.
        b.driver.manage().deleteAllCookies();
        b.login("badinh", "chungsuc");
        b.open("/recognition/decisions");
        b.clickAndWait(By.id("new-decision"));
        new Select(b.driver.findElement(By.id("year"))).selectByValue("2026");
        new Select(b.driver.findElement(By.id("unit"))).selectByValue("38-BS");
        b.clickAndWait(By.id("choose"));
        assertThat(b.text()).doesNotContain("Chưa có khu dân cư nào");
        WebElement proposal = b.driver.findElement(By.cssSelector(".proposal[data-area='" + AREA + "']"));
        assertThat(proposal.getText()).contains("Khu phố 11: " + passed);
        List<WebElement> boxes = proposal.findElements(By.cssSelector("input[name=subject]"));
        assertThat(boxes).hasSize(passed).allMatch(WebElement::isSelected);
        b.screenshot("61-ward-sees-kp11-dossier");
        // Other areas of the ward may have sent theirs too: this decision is for khu phố 11 alone.
        for (WebElement other : b.driver.findElements(By.cssSelector(".proposal"))) {
            if (!AREA.equals(other.getAttribute("data-area"))) {
                scroll(b, other.findElement(By.cssSelector("[data-check-area]"))).click();
                assertThat(other.findElements(By.cssSelector("input[name=subject]")))
                        .noneMatch(WebElement::isSelected);
            }
        }
        assertThat(boxes).allMatch(WebElement::isSelected);
        type(b, "number", "512/QĐ-UBND");
        type(b, "signedOn", "02/12/2026");
        type(b, "signer", "Trịnh Đình Lợi");
        scroll(b, b.driver.findElement(By.id("save-decision")));
        b.clickAndWait(By.id("save-decision"));
        assertThat(b.driver.findElements(By.id("award-count"))).as(b.text()).isNotEmpty();
        assertThat(b.driver.findElement(By.id("award-count")).getText()).isEqualTo(String.valueOf(passed));
        assertThat(b.text()).contains("Quyết định số 512/QĐ-UBND", "Gia đình văn hóa – 2026", "Phường Bỉm Sơn");

        // The decision's list finds a household by its head's name typed without accents.
        WebElement first = b.driver.findElement(By.cssSelector("#awards tbody tr"));
        String code = first.getAttribute("data-subject");
        String name = first.findElements(By.tagName("td")).get(2).getText();
        type(b, "q", VietnameseText.searchKey(name));
        submit(b, By.id("awards-search"));
        assertThat(b.driver.findElement(By.id("awards")).getText()).contains(code, name);
        b.screenshot("62-ward-decision-for-kp11");

        // Long lists stay short pages: the ward's largest decision (thousands of families) and the decisions list.
        long largest = jdbc.sql("""
                select decision_id from recognition_award a join recognition_decision d on d.id = a.decision_id
                where d.unit_code = '14812' group by decision_id order by count(*) desc limit 1""")
                .query(Long.class).single();
        b.open("/recognition/decisions/" + largest);
        assertThat(b.driver.findElements(By.cssSelector("#awards tbody tr"))).hasSize(100);
        assertThat(screens(b)).as("screens of a decision's page").isLessThanOrEqualTo(5.0);
        b.open("/recognition/decisions");
        assertThat(screens(b)).as("screens of the decisions list").isLessThanOrEqualTo(5.0);

        // The area's households now hold the title.
        b.driver.manage().deleteAllCookies();
        b.login(HEAD, "chungsuc");
        b.open("/recognition/rounds/" + AREA + "/2026");
        assertThat(badge(b, "RECOGNISED")).endsWith(": " + passed);
        assertThat(badge(b, "PASSED")).endsWith(": 0");
        b.open("/recognition/rounds/" + AREA + "/2026?state=RECOGNISED&q=" + code);
        assertThat(b.driver.findElement(By.id("households")).getText()).contains(code, "Đã được công nhận");
        b.screenshot("63-kp11-households-recognised");
    }
}
