package vn.chungsuc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chungsuc.IntegrationTest;

/**
 * Issue 13 items 6 and 10 in a browser, on the demo's decided 2025 review of phường Bỉm Sơn (read only): the ward
 * officer pages and searches the round's households (100 a page, names without accents); a certificate link shows
 * only for a household the decision put on a list, and the link that shows opens a PDF; the head of Khu phố 1 sees
 * no certificate link on the household's page (he cannot open the ward's round) and the round is not his.
 */
@IntegrationTest
class PovertyCertificateLinkBrowserTest extends BrowserTestSupport {

    @Autowired JdbcClient jdbc;

    private String fetch(Browser b, String href) {
        return (String) ((JavascriptExecutor) b.driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(buf => {
                  var head = String.fromCharCode.apply(null, new Uint8Array(buf.slice(0, 5)));
                  done(r.status + ' ' + r.headers.get('content-type') + ' ' + head);
                }));""", href);
    }

    @Test
    void aCertificateLinkShowsOnlyWhereTheDocumentOpens() {
        long round = jdbc.sql("select id from poverty_round where commune_code = '38-BS' and year = 2025"
                + " and decided_on is not null").query(Long.class).single();
        String poor = jdbc.sql("""
                select household_code from poverty_classification where round_id = :r and area_code = '14812-01'
                  and coalesce(override_result, result) <> 'NOT_POOR' order by household_code limit 1""")
                .param("r", round).query(String.class).single();
        String notPoor = jdbc.sql("""
                select household_code from poverty_classification where round_id = :r and area_code = '14812-01'
                  and coalesce(override_result, result) = 'NOT_POOR' order by household_code limit 1""")
                .param("r", round).query(String.class).single();

        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.login("badinh", "chungsuc");
        b.open("/poverty/rounds/" + round);
        List<WebElement> rows = b.driver.findElements(By.cssSelector("#round-households tbody tr"));
        assertThat(rows).as("one page of 100").hasSize(100);
        assertThat(b.driver.findElement(By.id("members-found")).getText()).contains("đang xem 1–100");
        assertThat(b.driver.findElements(By.cssSelector("nav .pagination"))).isNotEmpty();
        // each row: [on a list (poor or near-poor badge), has a certificate link], read in one script (no waits)
        @SuppressWarnings("unchecked")
        List<List<Boolean>> marks = (List<List<Boolean>>) ((JavascriptExecutor) b.driver).executeScript("""
                return Array.from(document.querySelectorAll('#round-households tbody tr')).map(tr => [
                  tr.querySelector('.badge.text-bg-danger, .badge.text-bg-warning') !== null,
                  tr.querySelector('a.certificate-link') !== null]);""");
        assertThat(marks).hasSize(100).allSatisfy(m -> assertThat(m.get(1)).isEqualTo(m.get(0)));
        assertThat(marks).as("the page holds households on no list").anyMatch(m -> !m.get(0));
        b.screenshot("poverty-cert-01-round-page");

        // search by code: the household not on any list has no link
        b.open("/poverty/rounds/" + round + "?q=" + notPoor);
        assertThat(b.driver.findElement(By.id("round-households")).getText()).contains(notPoor);
        assertThat(b.driver.findElements(By.cssSelector("#round-households a.certificate-link"))).isEmpty();
        // by the head's name typed without accents
        String head = b.driver.findElement(By.cssSelector("#round-households tbody tr td:nth-child(2)")).getText();
        String folded = java.text.Normalizer.normalize(head, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase();
        b.open("/poverty/rounds/" + round + "?area=14812-01&q=" + java.net.URLEncoder.encode(folded,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(b.driver.findElement(By.id("round-households")).getText()).contains(head);

        // the poor household's link opens a PDF
        b.open("/poverty/rounds/" + round + "?q=" + poor);
        WebElement link = b.driver.findElement(By.cssSelector("#round-households a.certificate-link"));
        assertThat(fetch(b, link.getAttribute("href"))).isEqualTo("200 application/pdf %PDF-");
        b.open("/poverty/households/" + poor + "?year=2025");
        String href = b.driver.findElement(By.id("certificate-link")).getAttribute("href");
        assertThat(fetch(b, href)).isEqualTo("200 application/pdf %PDF-");

        // the area head reads the household, sees no link, and the ward's round is not his
        b.driver.manage().deleteAllCookies();
        b.login("kp1badinh", "chungsuc");
        b.open("/poverty/households/" + poor + "?year=2025");
        assertThat(b.text()).contains(poor);
        assertThat(b.driver.findElements(By.id("certificate-link"))).isEmpty();
        assertThat(b.driver.findElements(By.cssSelector("a[href$='.pdf'][href*='/certificates/']"))).isEmpty();
        b.screenshot("poverty-cert-02-area-head");
        assertThat(fetch(b, href)).startsWith("404");
    }
}
