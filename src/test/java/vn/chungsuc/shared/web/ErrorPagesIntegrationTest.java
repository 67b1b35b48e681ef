package vn.chungsuc.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;

/**
 * Every error a browser gets is the HTML error page in its language, on the portal's layout under /public/; JSON
 * only for /api/** or a client asking application/json (issue 13 item 13).
 */
@IntegrationTest
class ErrorPagesIntegrationTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Autowired MockMvc mvc;

    private MockHttpServletResponse call(String path, String accept) throws Exception {
        return mvc.perform(get(path).header("Accept", accept).with(httpBasic("admin", "chungsuc"))).andReturn()
                .getResponse();
    }

    @ParameterizedTest
    @CsvSource({
        "/no/such/page, 404, officer",
        "/recognition/decisions/99999, 404, officer",
        "/public/poverty/999, 404, portal",
        "/public/no/such/page, 404, portal",
    })
    void aBrowserGetsTheErrorPageInItsLanguageOnTheRightLayout(String path, int status, String layout)
            throws Exception {
        MockHttpServletResponse vi = call(path, BROWSER);
        assertThat(vi.getStatus()).as(path).isEqualTo(status);
        assertThat(vi.getContentType()).as(path).startsWith("text/html");
        String body = vi.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).as(path).contains("<title>Đã xảy ra lỗi</title>").doesNotContain("\"status\":");
        if (layout.equals("portal")) {
            assertThat(body).as(path).contains("aria-label=\"Điều hướng trang công khai\"");
        } else {
            assertThat(body).as(path).doesNotContain("aria-label=\"Điều hướng trang công khai\"");
        }

        MockHttpServletResponse en = call(path + "?lang=en", BROWSER);
        assertThat(en.getStatus()).as(path).isEqualTo(status);
        assertThat(en.getContentAsString(StandardCharsets.UTF_8)).as(path).contains("Something went wrong");
    }

    @ParameterizedTest
    @CsvSource({"/dashboard?year=1900", "/dashboard?year=abc"})
    void aBadParameterOnAPageIsAnHtmlPageNotJson(String path) throws Exception {
        MockHttpServletResponse r = call(path, BROWSER);
        assertThat(r.getStatus()).as(path).isBetween(200, 499);
        assertThat(r.getContentType()).as(path).startsWith("text/html");
    }

    @ParameterizedTest
    @CsvSource({"/api/no/such/thing, text/html", "/no/such/page, application/json"})
    void apiRoutesAndJsonClientsGetAProblem(String path, String accept) throws Exception {
        MockHttpServletResponse r = call(path, accept);
        assertThat(r.getStatus()).as(path).isEqualTo(404);
        assertThat(r.getContentType()).as(path).contains("json");
    }
}
