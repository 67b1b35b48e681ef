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

/**
 * The error pages a browser gets on the real server, error dispatch included (issue 13 item 13): a post that may not
 * open a page (403) and a bug (500) answer the HTML error page on the officers' layout, in Vietnamese, with the
 * user still signed in; a refusal page answers in English with {@code ?lang=en}; the API and a client asking JSON
 * get JSON for the same errors.
 */
@IntegrationTest
class ErrorPagesBrowserTest extends BrowserTestSupport {

    private static final String FAILING_PAGE = "/test-only/failing-page";
    private static final String FAILING_API = "/api/v1/test-only/failing";

    private void assertOfficerErrorPage(Browser b, String status, String message) {
        assertThat(b.driver.getTitle()).isEqualTo("Đã xảy ra lỗi");
        assertThat(b.driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Đã xảy ra lỗi (" + status + ")");
        assertThat(b.text()).contains(message, "Về trang chủ");
        // the officers' layout: their navigation and who is signed in, not the public portal's
        assertThat(b.driver.findElements(By.cssSelector("nav[aria-label='Điều hướng chính']"))).hasSize(1);
        assertThat(b.driver.findElements(By.cssSelector("nav[aria-label='Điều hướng trang công khai']"))).isEmpty();
        assertThat(b.driver.findElement(By.id("current-user")).getText()).contains("kp1badinh");
        assertThat(b.driver.getPageSource()).doesNotContain("\"status\":", "Whitelabel", "Exception");
    }

    @Test
    void anAreaHeadOpeningTheUsersAndHittingABugGetsTheOfficersErrorPageInVietnamese() {
        Browser b = browser();
        b.driver.manage().deleteAllCookies();
        b.login("kp1badinh", "chungsuc");

        b.open("/admin/users");
        assertOfficerErrorPage(b, "403", "Bạn không có quyền truy cập trang này.");
        b.screenshot("errors-01-forbidden");

        b.open(FAILING_PAGE);
        assertOfficerErrorPage(b, "500", "Hệ thống gặp sự cố khi xử lý yêu cầu.");
        b.screenshot("errors-02-server-error");

        // a refusal (a date that does not exist) names what is wrong, in English when asked
        b.open("/registry/households?asOf=31/02/2021");
        assertThat(b.driver.getTitle()).isEqualTo("Đã xảy ra lỗi");
        assertThat(b.driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Đã xảy ra lỗi (400)");
        b.open("/registry/households?asOf=31/02/2021&lang=en");
        assertThat(b.driver.getTitle()).isEqualTo("Something went wrong");
        assertThat(b.text()).contains("Something went wrong (400)", "31/02/2021", "Back to")
                .doesNotContain("Đã xảy ra lỗi", "không hợp lệ");
        b.screenshot("errors-03-refusal-in-english");
        b.open("/?lang=vi");
    }

    private HttpResponse<String> call(String path, String accept, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":chungsuc").getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theApiAndAClientAskingJsonGetJsonForTheSameErrors() throws Exception {
        String html = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        HttpResponse<String> page = call("/admin/users", html, "kp1badinh");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<title>Đã xảy ra lỗi</title>", "Bạn không có quyền truy cập trang này.");

        for (String[] c : new String[][] {{"/admin/users", "application/json", "403"},
                {FAILING_PAGE, "application/json", "500"}, {FAILING_API, html, "500"},
                {"/api/v1/no/such/thing", html, "404"}}) {
            HttpResponse<String> r = call(c[0], c[1], "kp1badinh");
            assertThat(r.statusCode()).as(c[0] + " " + c[1]).isEqualTo(Integer.parseInt(c[2]));
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(c[0]).contains("json");
            assertThat(r.body()).as(c[0]).doesNotContain("<html", "IllegalStateException", "a bug, on purpose");
        }
        HttpResponse<String> failingPage = call(FAILING_PAGE, html, "kp1badinh");
        assertThat(failingPage.statusCode()).isEqualTo(500);
        assertThat(failingPage.body()).contains("<title>Đã xảy ra lỗi</title>")
                .doesNotContain("IllegalStateException", "a bug, on purpose");
    }
}
