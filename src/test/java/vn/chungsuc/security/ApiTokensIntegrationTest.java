package vn.chungsuc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.time.TestClock;

/**
 * API tokens (issue 18, hole 8): issued by an administrator for an account, a bearer call acts statelessly as that
 * account with its units and without CSRF (it really authenticated); a revoked, expired or unknown token is 401 with
 * a JSON problem; a cookie request with a bearer value that is no token of ours still needs its CSRF token; issuing
 * and revoking are audited; only the SHA-256 is stored; the last use is written at most once a minute.
 */
@IntegrationTest
class ApiTokensIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired TestClock clock;

    @Test
    void issueCallRevokeThenTheTokenIs401() throws Exception {
        JsonNode issued = issue("badinh", "Cổng tích hợp 18", 30);
        String token = issued.get("token").asText();
        long id = issued.get("id").asLong();
        assertThat(token).startsWith("csk_").hasSizeGreaterThan(40);
        // only the hash is stored
        assertThat(jdbc.sql("select count(*) from access_api_token where secret_hash = encode(sha256(convert_to(:t,"
                + " 'UTF8')), 'hex') and hint <> :t").param("t", token).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from access_api_token where secret_hash = :t or hint = :t")
                .param("t", token).query(Long.class).single()).isZero();

        // a call acts as badinh, with his units, and creates no session
        MvcResult read = mvc.perform(get("/api/v1/households").header("Authorization", "Bearer " + token))
                .andReturn();
        assertThat(read.getResponse().getStatus()).isEqualTo(200);
        assertThat(read.getRequest().getSession(false)).isNull();
        String body = read.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("14812-").doesNotContainPattern("14824-\\d{2}-\\d{4}");
        assertThat(mvc.perform(get("/api/v1/households/" + quangTrungHousehold())
                .header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus()).isIn(403, 404);
        // the last use is recorded, once a minute at most
        String firstUse = lastUsed(id);
        assertThat(firstUse).isNotNull();
        mvc.perform(get("/api/v1/households").header("Authorization", "Bearer " + token));
        assertThat(lastUsed(id)).isEqualTo(firstUse);

        // a write with the token needs no CSRF token: the request really authenticated
        long before = organisations();
        assertThat(mvc.perform(post("/api/v1/organisations").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(ORGANISATION)).andReturn().getResponse()
                .getStatus()).isEqualTo(201);
        assertThat(organisations()).isEqualTo(before + 1);

        // the account's token may not issue tokens: that is the administrator's
        assertThat(mvc.perform(post("/api/v1/tokens").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"badinh\",\"name\":\"x\",\"days\":5}"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        assertThat(mvc.perform(delete("/api/v1/tokens/" + id).with(httpBasic("admin", "chungsuc")))
                .andReturn().getResponse().getStatus()).isEqualTo(204);
        MockHttpServletResponse refused = mvc.perform(get("/api/v1/households")
                .header("Authorization", "Bearer " + token)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":401", "thu hồi");
        assertThat(mvc.perform(delete("/api/v1/tokens/999999").with(httpBasic("admin", "chungsuc")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        assertThat(jdbc.sql("select action from shared_audit_entry where entity_type = 'access.token'"
                + " and entity_id = :id order by id").param("id", String.valueOf(id)).query(String.class).list())
                .containsExactly("ISSUE", "REVOKE");
    }

    @Test
    void anUnknownOrExpiredTokenIsRefusedWith401() throws Exception {
        MockHttpServletResponse unknown = mvc.perform(get("/api/v1/households")
                .header("Authorization", "Bearer csk_nothing-of-ours")).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(401);
        assertThat(unknown.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":401");

        String token = issue("quangtrung", "Hết hạn sau một ngày", 1).get("token").asText();
        assertThat(mvc.perform(get("/api/v1/households").header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        try {
            clock.pin(LocalDate.now().plusDays(3));
            assertThat(mvc.perform(get("/api/v1/households").header("Authorization", "Bearer " + token))
                    .andReturn().getResponse().getStatus()).isEqualTo(401);
        } finally {
            clock.release();
        }
    }

    @Test
    void aCookieRequestWithABearerValueStillNeedsItsCsrfToken() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", "badinh")
                .param("password", "chungsuc").with(csrf())).andReturn().getRequest().getSession(false);
        long before = organisations();
        // a bearer value that is no token of ours: the main chain, whose writes need the CSRF token
        assertThat(mvc.perform(post("/api/v1/organisations").session(session).header("Authorization", "Bearer x")
                .contentType(MediaType.APPLICATION_JSON).content(ORGANISATION)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        // a fake token of our shape: 401, and the session's user does not stand in for it
        assertThat(mvc.perform(post("/api/v1/organisations").session(session)
                .header("Authorization", "Bearer csk_fake").contentType(MediaType.APPLICATION_JSON)
                .content(ORGANISATION)).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(organisations()).isEqualTo(before);
    }

    @Test
    void badIssuesAreRefusedAndSaveNothing() throws Exception {
        long before = jdbc.sql("select count(*) from access_api_token").query(Long.class).single();
        for (String body : new String[] {"{\"username\":\"badinh\",\"name\":\"x\",\"days\":0}",
                "{\"username\":\"badinh\",\"name\":\"x\",\"days\":366}",
                "{\"username\":\"badinh\",\"name\":\"x\",\"days\":\"abc\"}",
                "{\"username\":\"badinh\",\"name\":\"\",\"days\":5}",
                "{\"username\":\"badinh\",\"name\":\"a\\u0000b\",\"days\":5}",
                "{\"username\":\"khong.co.ai\",\"name\":\"x\",\"days\":5}", "{}", "[", ""}) {
            MockHttpServletResponse r = mvc.perform(post("/api/v1/tokens").with(httpBasic("admin", "chungsuc"))
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
            assertThat(r.getStatus()).as(body).isEqualTo(400);
            assertThat(r.getContentAsString(StandardCharsets.UTF_8)).as(body).doesNotContain("java.");
        }
        // the page: a bad validity shows the form again with the message
        MockHttpSession admin = (MockHttpSession) mvc.perform(post("/login").param("username", "admin")
                .param("password", "chungsuc").with(csrf())).andReturn().getRequest().getSession(false);
        String page = mvc.perform(post("/admin/tokens").session(admin).with(csrf()).param("username", "badinh")
                .param("name", "Thử").param("days", "9999")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Hiệu lực là số ngày từ 1 đến 365");
        assertThat(jdbc.sql("select count(*) from access_api_token").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theAdministratorsPageIssuesOnceShowsTheSecretAndRevokesAfterAConfirmation() throws Exception {
        MockHttpSession admin = (MockHttpSession) mvc.perform(post("/login").param("username", "admin")
                .param("password", "chungsuc").with(csrf())).andReturn().getRequest().getSession(false);
        String page = mvc.perform(post("/admin/tokens").session(admin).with(csrf()).param("username", "mttq")
                .param("name", "Báo cáo tỉnh 18").param("days", "90")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher secret = Pattern.compile("csk_[A-Za-z0-9_-]{43}").matcher(page);
        assertThat(secret.find()).isTrue();
        String list = mvc.perform(get("/admin/tokens").session(admin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("Báo cáo tỉnh 18").doesNotContain(secret.group());
        long id = jdbc.sql("select id from access_api_token where name = 'Báo cáo tỉnh 18'").query(Long.class)
                .single();
        assertThat(mvc.perform(get("/admin/tokens/" + id + "/revoke").session(admin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Thu hồi mã “Báo cáo tỉnh 18”");
        assertThat(mvc.perform(post("/admin/tokens/" + id + "/revoke").session(admin).with(csrf())).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/admin/tokens");
        assertThat(mvc.perform(get("/api/v1/households").header("Authorization", "Bearer " + secret.group()))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
        // an officer sees neither the page nor the API
        MockHttpSession officer = (MockHttpSession) mvc.perform(post("/login").param("username", "mttq")
                .param("password", "chungsuc").with(csrf())).andReturn().getRequest().getSession(false);
        assertThat(mvc.perform(get("/admin/tokens").session(officer)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/api/v1/tokens").with(httpBasic("mttq", "chungsuc"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"mttq\",\"name\":\"x\",\"days\":5}"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private static final String ORGANISATION = """
            {"name": "Tổ chức thử mã API 18", "kind": "AGENCY", "unitCode": "14812",
             "address": "Số 18, phố Trần Phú", "establishedOn": "2001-05-01"}""";

    private JsonNode issue(String username, String name, int days) throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/api/v1/tokens").with(httpBasic("admin", "chungsuc"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"name\":\"" + name + "\",\"days\":" + days + "}"))
                .andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        return json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    private String lastUsed(long id) {
        return jdbc.sql("select last_used_at::text from access_api_token where id = :id").param("id", id)
                .query(String.class).single();
    }

    private long organisations() {
        return jdbc.sql("select count(*) from registry_organisation where name = 'Tổ chức thử mã API 18'")
                .query(Long.class).single();
    }

    private String quangTrungHousehold() {
        return jdbc.sql("select code from registry_household where code like '14824-%' order by code limit 1")
                .query(String.class).single();
    }
}
