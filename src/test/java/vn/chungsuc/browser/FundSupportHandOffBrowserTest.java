package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.fund.domain.Ledger;
import vn.chungsuc.fund.domain.LedgerAccounts;
import vn.chungsuc.fund.domain.Supports;
import vn.chungsuc.poverty.PovertyApi;
import vn.chungsuc.poverty.PovertyClass;
import vn.chungsuc.shared.time.Today;

/**
 * The hand-off across roles on a phone: the ward's officer proposes a house for a poor household (and sees its
 * class on the date), the fund's board approves, the fund's officer pays from the account that holds the money and
 * the household's page shows it paid; and an officer records a donation and opens its receipt's PDF.
 */
@IntegrationTest
class FundSupportHandOffBrowserTest extends BrowserTestSupport {

    @Autowired JdbcClient jdbc;
    @Autowired PovertyApi poverty;
    @Autowired Supports supports;
    @Autowired Ledger ledger;
    @Autowired Today today;

    private long ward() {
        return jdbc.sql("select id from fund_fund where unit_code = '38-BS'").query(Long.class).single();
    }

    /** Clicks a button whose form asks to confirm, accepts, and waits for the next page. */
    private static void confirmAndReload(Browser b, By button) {
        WebElement page = b.driver.findElement(By.tagName("html"));
        b.inView(b.driver.findElement(button)).click();
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
        b.waitUntilGone(page);
    }

    private static boolean wide(Browser b) {
        return (Boolean) ((JavascriptExecutor) b.driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }

    /**
     * The day the demo's 2025 list of the ward was decided. Other tests decide later lists of the ward (the 2026
     * review decides on today one poor household only), so "poor today" depends on what ran before; the class on
     * this day does not.
     */
    private LocalDate demoListDecided() {
        return jdbc.sql("select decided_on from poverty_round where commune_code = '38-BS' and year = 2025 "
                + "and decided_on is not null").query(LocalDate.class).single();
    }

    @Test
    void theWardProposesTheBoardApprovesTheOfficerPaysAndTheHouseholdPageShowsIt() {
        long fund = ward();
        LocalDate on = today.date();
        LocalDate proposed = demoListDecided();
        List<String> poor = new ArrayList<>(poverty.households("38-BS", proposed, PovertyClass.POOR));
        Collections.shuffle(poor, new java.util.Random(7));
        String household = poor.stream().filter(h -> !supports.anyFor(h)).findFirst().orElseThrow();
        String account = ledger.balances(fund).entrySet().stream()
                .filter(e -> (e.getKey().equals(LedgerAccounts.CASH) || e.getKey().startsWith("BANK:"))
                        && e.getValue() >= 80_000_000L).map(Map.Entry::getKey).findFirst().orElseThrow();

        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            b.login("badinh", "chungsuc");
            b.open("/fund/" + fund + "/supports");
            b.clickAndWait(By.id("new-support"));
            b.driver.findElement(By.id("householdCode")).sendKeys(household);
            new Select(b.driver.findElement(By.id("category"))).selectByValue("HOUSE_NEW");
            b.driver.findElement(By.id("date")).clear();
            b.driver.findElement(By.id("date")).sendKeys(vn.chungsuc.shared.time.Dates.show(proposed));
            b.driver.findElement(By.id("reason")).sendKeys("Nhà tạm, dột nát");
            b.clickAndReload(By.id("submit"));
            assertThat(b.driver.findElement(By.id("check")).getText()).contains("Hộ nghèo", "80.000.000");
            assertThat(wide(b)).isFalse();
            b.screenshot("fund-support-01-check-390");
            b.clickAndReload(By.id("submit"));
            assertThat(b.driver.findElement(By.id("notice")).getText()).contains("Đã gửi đề xuất");
            String url = b.driver.getCurrentUrl();
            String id = url.substring(url.lastIndexOf('/') + 1);
            assertThat(b.driver.findElement(By.id("state")).getText()).contains("Đề xuất");
            assertThat(b.driver.findElements(By.id("decide"))).isEmpty();
            b.screenshot("fund-support-02-proposed-390");

            b.driver.manage().deleteAllCookies();
            b.login("mttq", "chungsuc");
            b.open("/fund/supports/" + id);
            b.driver.findElement(By.id("decisionNumber")).sendKeys("21/QĐ-BVĐ");
            b.clickAndReload(By.cssSelector("#decide button[type=submit]"));
            assertThat(b.driver.findElement(By.id("state")).getText()).contains("Đã quyết định");
            assertThat(wide(b)).isFalse();
            b.screenshot("fund-support-03-decided-390");

            new Select(b.driver.findElement(By.id("account"))).selectByValue(account);
            b.driver.findElement(By.id("document")).sendKeys("Phiếu chi 77/" + on.getYear());
            confirmAndReload(b, By.cssSelector("#pay button[type=submit]"));
            assertThat(b.driver.findElement(By.id("notice")).getText()).contains("Đã chi");
            assertThat(b.driver.findElement(By.id("payment")).getText()).contains("Phiếu chi 77/");
            b.screenshot("fund-support-04-paid-390");

            b.open("/fund/households/" + household);
            assertThat(b.driver.findElement(By.id("household-support-" + id)).getText())
                    .contains("Xây mới nhà Đại đoàn kết", "80.000.000", "Đã chi");
            assertThat(wide(b)).isFalse();
            b.screenshot("fund-support-05-household-390");

            b.open("/fund/" + fund + "/supports?state=PAID");
            assertThat(b.driver.findElement(By.id("support-" + id)).getText()).contains("Đã chi");
            assertThat(wide(b)).isFalse();
            b.screenshot("fund-support-06-list-390");
            b.open("/fund/support-rates");
            assertThat(b.text()).contains("80.000.000", "chưa xác nhận");
            assertThat(wide(b)).isFalse();
            b.screenshot("fund-support-07-rates-390");
        } finally {
            b.driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void anOfficerRecordsADonationAndOpensItsReceiptPdf() throws Exception {
        long fund = ward();
        String donor = "Ông Thử " + UUID.randomUUID().toString().substring(0, 6);
        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.login("mttq", "chungsuc");
        b.open("/fund/" + fund + "/donations/new");
        b.driver.findElement(By.id("donorName")).sendKeys(donor);
        b.driver.findElement(By.id("amount")).sendKeys("1.200.000");
        b.clickAndReload(By.id("submit"));
        assertThat(b.driver.findElement(By.id("confirm")).getText()).contains("Một triệu hai trăm nghìn đồng");
        b.clickAndReload(By.id("submit"));
        assertThat(b.driver.findElement(By.id("in-words")).getText()).contains("Một triệu hai trăm nghìn đồng");
        WebElement link = b.driver.findElement(By.cssSelector("a[href$='/receipt.pdf']"));
        String href = link.getAttribute("href");
        Cookie session = b.driver.manage().getCookies().stream().filter(c -> c.getName().equals("SESSION")
                || c.getName().equals("JSESSIONID")).findFirst().orElseThrow();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", session.getName() + "=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        // and the browser opens it without an error page
        b.open(href.substring(href.indexOf("/fund/")));
        assertThat(b.driver.getTitle()).doesNotContain("Lỗi");
    }
}
