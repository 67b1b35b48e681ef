package vn.chungsuc.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.chungsuc.IntegrationTest;

/** Sign-ins, failed sign-ins and sign-outs on the login page are in the audit log, under the person who typed them. */
@IntegrationTest
class SignInAuditIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private List<String> actions(String user, long after) {
        return jdbc.sql("select action from shared_audit_entry where entity_type = 'access.session' and actor = ?"
                + " and id > ? order by id").params(user, after).query(String.class).list();
    }

    @Test
    void aFailedSignInASignInAndASignOutAreAudited() throws Exception {
        long before = jdbc.sql("select coalesce(max(id), 0) from shared_audit_entry").query(Long.class).single();

        mvc.perform(formLogin("/login").user("hoiphunu").password("sai mật khẩu"));
        MvcResult in = mvc.perform(formLogin("/login").user("hoiphunu").password("chungsuc")).andReturn();
        assertThat(in.getResponse().getRedirectedUrl()).doesNotContain("error");
        MockHttpSession session = (MockHttpSession) in.getRequest().getSession(false);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/logout").session(session)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));

        assertThat(actions("hoiphunu", before)).containsExactly("LOGIN_FAILED", "LOGIN", "LOGOUT");
    }

    @Test
    void anApiClientsHttpBasicSignInIsAuditedOnceNotOnEveryCall() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/users")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("admin", "chungsuc"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("username", "api.client.audit").param("fullName", "Máy khách API Kiểm Tra")
                .param("role", "COMMUNE_OFFICER").param("manageCodes", "14812")
                .param("password", "mat-khau-dai-api").param("enabled", "true"));
        long before = jdbc.sql("select max(id) from shared_audit_entry").query(Long.class).single();
        for (int call = 0; call < 3; call++) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/units/381")
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                            .httpBasic("api.client.audit", "mat-khau-dai-api")));
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/units/381")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("api.client.audit", "sai")));
        assertThat(actions("api.client.audit", before)).containsExactly("LOGIN_API", "LOGIN_FAILED");
    }
}
