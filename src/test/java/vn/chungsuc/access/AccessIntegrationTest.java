package vn.chungsuc.access;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import vn.chungsuc.shared.permission.Authority;
import vn.chungsuc.shared.permission.Function;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.access.domain.UserAdministration;

@IntegrationTest
class AccessIntegrationTest {

    /** Mock users hold the shared vocabulary's authorities, as signed-in users do (no role strings). */
    private static final SimpleGrantedAuthority ADMINISTER = new SimpleGrantedAuthority(Authority.ADMINISTER);
    private static final SimpleGrantedAuthority FRONT = new SimpleGrantedAuthority(Authority.actFor(Function.FRONT));


    @Autowired MockMvc mvc;
    @Autowired UserAdministration admin;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    void aDemoUserSignsInWithThePasswordFromTheReadme() throws Exception {
        mvc.perform(formLogin("/login").user("mttq").password("chungsuc"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordIsRefusedWithAReason() throws Exception {
        mvc.perform(formLogin("/login").user("vhtt").password("wrong-password"))
                .andExpect(redirectedUrl("/login?error=bad"));
        admin.unlockByName("vhtt");
    }

    @Test
    void passwordsAreStoredHashedNeverInClear() {
        String hash = jdbc.sql("select password_hash from access_user where username = 'admin'")
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("chungsuc");
    }

    @Test
    void fiveFailedSignInsLockTheAccountEvenForTheRightPassword() throws Exception {
        admin.ensure("locktest", "dung-mat-khau", "Người thử khóa", Role.COMMUNE_OFFICER, null, Set.of("14812"),
                Set.of());
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("locktest").password("sai-mat-khau"))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin("/login").user("locktest").password("dung-mat-khau"))
                .andExpect(redirectedUrl("/login?error=locked"));
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/users").with(user("admin").authorities(ADMINISTER)).param("username", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("script-src 'self';")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void theLoginPageIsInVietnameseByDefaultAndInEnglishOnRequest() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(org.hamcrest.Matchers.containsString("Mật khẩu")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Password")));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPageAndApiCallsGet401() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/units/381")).andExpect(status().isUnauthorized());
        mvc.perform(get("/")).andExpect(status().isOk());
    }

    @Test
    void onlyAdministratorsOpenTheUserScreens() throws Exception {
        mvc.perform(get("/admin/users").with(user("mttq").authorities(FRONT))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user("admin").authorities(ADMINISTER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("badinh")));
    }

    @Test
    void aBadUserFormSavesNothingAndSaysWhyInVietnamese() throws Exception {
        long before = countUsers();
        mvc.perform(post("/admin/users").with(user("admin").authorities(ADMINISTER)).with(csrf())
                        .param("username", "nguoimoi").param("fullName", "").param("role", "DEPARTMENT_OFFICER")
                        .param("manageCodes", "99999").param("password", "ngan"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Vui lòng nhập họ và tên."),
                        org.hamcrest.Matchers.containsString("Cán bộ phòng ban phải thuộc một phòng ban."),
                        org.hamcrest.Matchers.containsString("Không có đơn vị mã “99999”."),
                        org.hamcrest.Matchers.containsString("Mật khẩu phải có ít nhất 8 ký tự."))));
        assertThat(countUsers()).isEqualTo(before);
    }

    @Test
    void creatingAUserLeavesAnAuditEntryThatTheAuditScreenShows() throws Exception {
        mvc.perform(post("/admin/users").with(user("admin").authorities(ADMINISTER)).with(csrf())
                        .param("username", "Audit.Test").param("fullName", "Lê Thị Kiểm Tra")
                        .param("role", "COMMUNE_OFFICER").param("manageCodes", "14812")
                        .param("password", "mat-khau-dai").param("enabled", "true"))
                .andExpect(status().is3xxRedirection());
        Long entries = jdbc.sql("""
                select count(*) from shared_audit_entry
                where actor = 'admin' and action = 'CREATE' and entity_type = 'access.user' and entity_id = 'audit.test'
                  and new_value ->> 'fullName' = 'Lê Thị Kiểm Tra' and new_value::text not like '%bcrypt%'""")
                .query(Long.class).single();
        assertThat(entries).isEqualTo(1);
        mvc.perform(get("/admin/audit").param("actor", "admin").param("q", "audit.test")
                        .with(user("admin").authorities(ADMINISTER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Lê Thị Kiểm Tra")));
    }

    @Test
    void usersAreFoundWithoutDiacritics() throws Exception {
        mvc.perform(get("/admin/users").param("q", "hoang van duc").with(user("admin").authorities(ADMINISTER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("quangtrung")));
    }

    private long countUsers() {
        return jdbc.sql("select count(*) from access_user").query(Long.class).single();
    }

    @Test
    void disablingAUserEndsTheSessionHeAlreadyHas() throws Exception {
        admin.ensure("sessiontest", "mat-khau-phien", "Người thử phiên", Role.COMMUNE_OFFICER, null,
                Set.of("14812"), Set.of());
        var login = mvc.perform(formLogin("/login").user("sessiontest").password("mat-khau-phien"))
                .andExpect(redirectedUrl("/")).andReturn();
        var session = (org.springframework.mock.web.MockHttpSession) login.getRequest().getSession(false);
        mvc.perform(get("/units").session(session)).andExpect(status().isOk());

        long id = jdbc.sql("select id from access_user where username = 'sessiontest'").query(Long.class).single();
        mvc.perform(post("/admin/users/" + id + "/enabled").param("enabled", "false")
                        .with(user("admin").authorities(ADMINISTER)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/units").session(session)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void anAdministratorCannotDisableOrDemoteHimself() throws Exception {
        long id = jdbc.sql("select id from access_user where username = 'admin'").query(Long.class).single();
        mvc.perform(post("/admin/users/" + id + "/enabled").param("enabled", "false")
                        .with(user("admin").authorities(ADMINISTER)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/users/" + id).with(user("admin").authorities(ADMINISTER)).with(csrf())
                        .param("username", "admin").param("fullName", "Quản trị hệ thống").param("role", "AREA_HEAD")
                        .param("manageCodes", "14812-01").param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Bạn không thể tự bỏ quyền quản trị")));
        assertThat(jdbc.sql("select role || ':' || enabled from access_user where username = 'admin'")
                .query(String.class).single()).isEqualTo("ADMIN:true");
    }

    @Test
    void thePageOfABadParameterSaysWhichOneInVietnamese() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "2017-13-45").with(user("admin").authorities(ADMINISTER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Giá trị “2017-13-45” của tham số “from” không hợp lệ.")));
    }

    @Test
    void theAuditLogIsSearchedWithoutDiacriticsAndLabelledInVietnamese() throws Exception {
        mvc.perform(get("/admin/audit").param("q", "hoang van duc").param("actor", "SYSTEM")
                        .with(user("admin").authorities(ADMINISTER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Hoàng Văn Đức"),
                        org.hamcrest.Matchers.containsString("Tạo mới"),
                        org.hamcrest.Matchers.containsString("Đơn vị quản lý"))));
    }
}
