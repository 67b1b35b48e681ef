package vn.chungsuc.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;

/**
 * Issue 18, hole 10, the generic part: a NUL byte (or another control character) in any parameter of a page, a form
 * or the API answers 400 in Vietnamese and changes nothing, before any module sees it.
 */
@IntegrationTest
class ControlCharactersIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void aNulByteInAnyParameterIsA400AndNothingIsSaved() throws Exception {
        String page = mvc.perform(get("/poverty/households").param("unit", "14812\u0000")
                        .with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("ký tự điều khiển").doesNotContain("Exception");
        String api = mvc.perform(get("/api/v1/households").param("q", "a\u0000b")
                        .with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"field\":\"q\"", "ký tự điều khiển");
        long before = jdbc.sql("select count(*) from registry_household").query(Long.class).single();
        mvc.perform(post("/registry/households").with(csrf()).with(httpBasic("badinh", "chungsuc"))
                .param("code", "HS18-NUL").param("areaCode", "14812-05").param("address", "Số 1\u0000")
                .param("startedOn", "01/01/2020").param("fullName", "Nguyễn Văn Nul").param("sex", "MALE")
                .param("birthDate", "01/01/1960")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from registry_household").query(Long.class).single())
                .isEqualTo(before);
        // Line breaks and tabs are text, not control characters.
        mvc.perform(get("/poverty/households").param("unit", "14812").with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isOk());
    }
}
