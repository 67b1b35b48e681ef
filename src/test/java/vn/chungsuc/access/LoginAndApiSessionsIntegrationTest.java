package vn.chungsuc.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.access.domain.UserAdministration;

/**
 * Issue 18, holes 8, 12 and 14. HTTP Basic API calls leave no session; CSRF is skipped only for a call that really
 * authenticated with Basic, never for a session cookie beside another Authorization header; the lock-out answers
 * alike for unknown names, holds per client address, does not lock an account everywhere from one address, and
 * starts its count again when a lock expires. Each test signs in from addresses of its own (10.18.x.x).
 */
@IntegrationTest
class LoginAndApiSessionsIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAdministration admin;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String user,
            String password, String address) {
        return post("/login").param("username", user).param("password", password).with(csrf()).with(from(address));
    }

    private String login(String user, String password, String address) throws Exception {
        return mvc.perform(signIn(user, password, address)).andReturn().getResponse().getRedirectedUrl();
    }

    /** Hole 8: Basic API calls are stateless. */
    @Test
    void httpBasicApiCallsCreateNoSession() throws Exception {
        for (int i = 0; i < 5; i++) {
            MvcResult r = mvc.perform(get("/api/v1/households").param("unit", "14812")
                            .with(httpBasic("badinh", "chungsuc")))
                    .andExpect(status().isOk()).andReturn();
            assertThat(r.getRequest().getSession(false)).isNull();
            assertThat(r.getResponse().getHeader("Set-Cookie")).isNull();
        }
        // Wrong credentials: 401, no session either.
        MvcResult bad = mvc.perform(get("/api/v1/households").with(httpBasic("badinh", "sai")))
                .andExpect(status().isUnauthorized()).andReturn();
        assertThat(bad.getRequest().getSession(false)).isNull();
    }

    /** Hole 12: a cookie-authenticated write with "Authorization: Bearer x" still needs its CSRF token. */
    @Test
    void aSessionWithABearerHeaderStillNeedsItsCsrfToken() throws Exception {
        MvcResult in = mvc.perform(signIn("badinh", "chungsuc", "10.18.0.1"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) in.getRequest().getSession(false);
        String body = """
                {"name": "Tổ chức thử CSRF 18", "kind": "AGENCY", "unitCode": "14812",
                 "address": "Số 18, phố Trần Phú", "establishedOn": "2001-05-01"}""";
        long before = count();
        mvc.perform(post("/api/v1/organisations").session(session).header("Authorization", "Bearer x")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/organisations").session(session).header("Authorization", "Basic bm9ib2R5OnNhaQ==")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnauthorized());
        assertThat(count()).isEqualTo(before);
        // With the token, the session's write goes through.
        mvc.perform(post("/api/v1/organisations").session(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
        assertThat(count()).isEqualTo(before + 1);
    }

    private long count() {
        return jdbc.sql("select count(*) from registry_organisation where name = 'Tổ chức thử CSRF 18'")
                .query(Long.class).single();
    }

    /** Hole 14: unknown names are answered like real ones, and one address cannot lock an account everywhere. */
    @Test
    void theLockOutTellsNoNamesAndHoldsPerAddress() throws Exception {
        admin.ensure("lock18", "dung-mat-khau-18", "Người thử khóa 18", vn.chungsuc.access.Role.COMMUNE_OFFICER,
                null, Set.of("14812"), Set.of());
        for (int i = 0; i < 5; i++) {
            assertThat(login("lock18", "sai", "10.18.1.1")).isEqualTo("/login?error=bad");
            assertThat(login("khong.co.ai.18", "sai", "10.18.1.1")).isEqualTo("/login?error=bad");
        }
        // The same answer for the real account and for a name nobody has.
        assertThat(login("lock18", "dung-mat-khau-18", "10.18.1.1")).isEqualTo("/login?error=locked");
        assertThat(login("khong.co.ai.18", "sai", "10.18.1.1")).isEqualTo("/login?error=locked");
        // The account still opens from another address.
        assertThat(login("lock18", "dung-mat-khau-18", "10.18.1.2")).doesNotContain("error");
        // Twenty failures from one address, whatever names, stop that address for every name.
        for (int i = 0; i < 20; i++) {
            login("ten.doan." + i, "sai", "10.18.2.1");
        }
        assertThat(login("lock18", "dung-mat-khau-18", "10.18.2.1")).isEqualTo("/login?error=locked");
        assertThat(login("lock18", "dung-mat-khau-18", "10.18.2.2")).doesNotContain("error");
    }

    /** Hole 14: when an account's lock has expired, its count starts again rather than locking at the next slip. */
    @Test
    void anExpiredLockStartsTheCountAgain() throws Exception {
        admin.ensure("lock18b", "dung-mat-khau-18", "Người thử khóa 18b", vn.chungsuc.access.Role.COMMUNE_OFFICER,
                null, Set.of("14812"), Set.of());
        jdbc.sql("update access_user set failed_attempts = 50, locked_until = now() - interval '1 minute' "
                + "where username = 'lock18b'").update();
        assertThat(login("lock18b", "sai", "10.18.3.1")).isEqualTo("/login?error=bad");
        assertThat(jdbc.sql("select failed_attempts from access_user where username = 'lock18b'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(login("lock18b", "dung-mat-khau-18", "10.18.3.1")).doesNotContain("error");
    }
}
