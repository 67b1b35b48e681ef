package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.chungsuc.IntegrationTest;

/**
 * Issue 13 item 4 in a browser: the 2026 "Tổ dân phố văn hóa" round of Khu phố 1 (former phường Ba Đình, in phường
 * Bỉm Sơn since 1/7/2025; no other test gives it an area title), on the real date (2026-12-02 or later), each role signing in in turn: the area head assesses
 * the area against the NĐ 86/2023 criteria and sends it, the Ban Công tác Mặt trận agrees, the ward officer proposes
 * it (the list is posted ten days), and the culture officer records the ward chair's decision from the proposal.
 */
@IntegrationTest
class AreaRoundBrowserTest extends BrowserTestSupport {

    static final String PAGE = "/recognition/area-rounds/14812-01/CULTURAL_AREA/2026";

    private void submit(Browser b, By locator) {
        WebElement html = b.driver.findElement(By.tagName("html"));
        WebElement el = b.driver.findElement(locator);
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: "
                + "'instant'})", el);
        el.click();
        b.waitUntilGone(html);
    }

    private void type(Browser b, String id, String text) {
        WebElement el = b.driver.findElement(By.id(id));
        el.clear();
        el.sendKeys(text);
    }

    private void signIn(Browser b, String user) {
        b.driver.manage().deleteAllCookies();
        b.login(user, "chungsuc");
    }

    @Test
    void theAreaHeadTheFrontTheWardAndTheCultureOfficerTakeTheAreaToItsTitle() {
        Browser b = browser();
        try {

            // The area head: his menu leads to his area's round; he opens it, assesses and sends it.
            signIn(b, "kp1badinh");
            b.open("/recognition/area-rounds?year=2026");
            assertThat(b.driver.getCurrentUrl()).endsWith(PAGE);
            assertThat(b.text()).contains("Thôn, tổ dân phố văn hóa (khu dân cư văn hóa) năm 2026 – Khu phố 1",
                    "chưa mở tự đánh giá");
            submit(b, By.id("open-area-round"));
            assertThat(b.text()).contains("Đã mở tự đánh giá năm 2026", "Nghị định 86/2023/NĐ-CP Phụ lục II",
                    "Đang tự đánh giá");
            List<WebElement> boxes = b.driver.findElements(By.cssSelector("#criteria input[name=met]"));
            assertThat(boxes).hasSize(5);
            // Four of five ticked: sending is refused and names the criterion missing.
            for (WebElement box : boxes.subList(0, 4)) {
                ((JavascriptExecutor) b.driver).executeScript("arguments[0].click()", box);
            }
            b.driver.findElement(By.cssSelector("#criteria tr[data-criterion='I'] input.form-control"))
                    .sendKeys("96% lao động trong độ tuổi có việc làm");
            type(b, "report", "Khu phố 1 đạt các tiêu chí năm 2026; 412/430 hộ Gia đình văn hóa");
            submit(b, By.id("save-assessment"));
            assertThat(b.text()).contains("Đã ghi tự đánh giá", "đạt 4/5 tiêu chí");
            type(b, "submittedOn", "15/11/2026");
            submit(b, By.id("submit-assessment"));
            assertThat(b.text()).contains("Chưa đạt hoặc chưa tự đánh giá tiêu chí V");
            ((JavascriptExecutor) b.driver).executeScript("arguments[0].click()",
                    b.driver.findElement(By.cssSelector("#criteria tr[data-criterion='V'] input[name=met]")));
            submit(b, By.id("save-assessment"));
            assertThat(b.text()).contains("đạt 5/5 tiêu chí");
            type(b, "submittedOn", "15/11/2026");
            submit(b, By.id("submit-assessment"));
            assertThat(b.driver.findElement(By.id("area-stage")).getText()).contains(
                    "Chờ Ban Công tác Mặt trận xem xét", "15/11/2026");
            assertThat(b.driver.findElements(By.id("review-card"))).isEmpty();
            assertThat(b.driver.findElements(By.id("save-assessment"))).isEmpty();
            b.screenshot("60-area-round-sent-by-head");

            // The Ban Công tác Mặt trận of the area reviews and agrees.
            signIn(b, "bctmkp1badinh");
            b.open(PAGE);
            assertThat(b.driver.findElement(By.id("report-text")).getText()).contains("412/430");
            type(b, "reviewedOn", "17/11/2026");
            type(b, "reviewNote", "Đồng ý, minh chứng đầy đủ");
            submit(b, By.id("review-agree"));
            assertThat(b.driver.findElement(By.id("area-stage")).getText()).contains(
                    "Mặt trận đã đồng ý", "17/11/2026");
            b.screenshot("61-area-round-agreed-by-front");

            // The ward officer of phường Bỉm Sơn: the area is listed by the tree, preselected; he proposes it.
            signIn(b, "badinh");
            b.open("/recognition/area-rounds?unit=38-BS&year=2026&title=CULTURAL_AREA");
            assertThat(b.driver.findElement(By.cssSelector("#area-lines tr[data-area='14812-01']"))
                    .getAttribute("data-stage")).isEqualTo("REVIEWED");
            assertThat(b.driver.findElement(By.id("p-14812-01")).isSelected()).isTrue();
            type(b, "proposedOn", "18/11/2026");
            type(b, "postedFrom", "19/11/2026");
            submit(b, By.id("propose"));
            assertThat(b.text()).contains("Đã đề nghị công nhận 1 khu dân cư");
            assertThat(b.driver.findElement(By.cssSelector("#area-lines tr[data-area='14812-01']")).getText())
                    .contains("Đã được đề nghị công nhận", "19/11/2026", "29/11/2026");
            b.screenshot("62-area-proposed-by-ward");

            // The culture officer records the ward chair's decision from the proposal.
            signIn(b, "vhtt");
            b.open("/recognition/area-rounds?unit=38-BS&year=2026&title=CULTURAL_AREA");
            assertThat(b.driver.findElement(By.id("decider")).getText()).contains("Chủ tịch UBND cấp xã");
            assertThat(b.driver.findElement(By.id("d-14812-01")).isSelected()).isTrue();
            assertThat(b.driver.findElements(By.id("propose-form"))).isEmpty();
            type(b, "number", "312/QĐ-UBND");
            type(b, "signedOn", "02/12/2026");
            type(b, "signer", "Nguyễn Thị Hường");
            ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center', "
                    + "behavior: 'instant'})", b.driver.findElement(By.id("save-decision")));
            b.clickAndWait(By.id("save-decision"));
            assertThat(b.driver.getCurrentUrl()).as(b.text()).contains("/recognition/decisions/");
            assertThat(b.driver.findElement(By.id("award-count")).getText()).isEqualTo("1");
            assertThat(b.text()).contains("Quyết định số 312/QĐ-UBND", "Khu phố 1");
            b.screenshot("63-area-decision-recorded");

            // Back on the area's page the head sees the title.
            signIn(b, "kp1badinh");
            b.open(PAGE);
            assertThat(b.driver.findElement(By.id("area-stage")).getText()).contains("Đã được công nhận");
            // On a phone the page does not scroll sideways.
            b.driver.manage().window().setSize(new Dimension(390, 844));
            b.open(PAGE);
            assertThat((Boolean) ((JavascriptExecutor) b.driver).executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
            b.screenshot("64-area-round-on-a-phone");
        } finally {
            b.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
