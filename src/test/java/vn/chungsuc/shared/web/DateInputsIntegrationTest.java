package vn.chungsuc.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;

/**
 * Dates are typed and shown dd/mm/yyyy: the date inputs are text inputs (never the browser's mm/dd/yyyy date
 * picker), they read both dd/mm/yyyy and ISO, and they write the date back dd/mm/yyyy (issue 13 item 15).
 */
@IntegrationTest
class DateInputsIntegrationTest {

    @Autowired MockMvc mvc;

    @ParameterizedTest
    @CsvSource({
        "/units?asOf=2025-07-01, asOf",
        "/units?asOf=01/07/2025, asOf",
        "/admin/audit?from=2025-07-01&to=2025-07-01, from",
        "/dashboard?on=1/7/2025, on",
    })
    void aDateInputShowsTheDateAsDdMmYyyy(String path, String field) throws Exception {
        String body = mvc.perform(get(path).with(httpBasic("admin", "chungsuc"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).as(path).doesNotContain("type=\"date\"");
        assertThat(body).as(path).containsPattern("<input[^>]*placeholder=\"dd/mm/yyyy\"[^>]*id=\"" + field
                + "\"[^>]*value=\"01/07/2025\"");
    }
}
