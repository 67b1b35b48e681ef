package vn.chungsuc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chungsuc.IntegrationTest;

/**
 * The user administration form used to answer 500 to a blank "enabled", "infinity" as a name and {x} in unit
 * codes (issue 18, the bad-input suite's "known open"): each now answers the form again (or 400) with a Vietnamese
 * message, and no user is created or changed.
 */
@IntegrationTest
class UserFormBadInputIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private record Field(String name, String value) {
    }

    @Test
    void badValuesInTheUserFormAnswerTheFormAgainAndSaveNothing() throws Exception {
        MockHttpSession admin = (MockHttpSession) mvc.perform(post("/login").param("username", "admin")
                .param("password", "chungsuc").with(csrf())).andReturn().getRequest().getSession(false);
        long kp1 = jdbc.sql("select id from access_user where username = 'kp1badinh'").query(Long.class).single();
        // a blank "enabled" is an unticked checkbox (inactive), so it is no bad value in the form itself
        List<Field> bad = List.of(new Field("enabled", "abc"), new Field("enabled", "{x}"),
                new Field("role", "infinity"), new Field("role", ""), new Field("username", "infinity"),
new Field("manageCodes", "{x}"), new Field("viewCodes", "{x}"),
                new Field("manageCodes", "%"), new Field("bodyCode", "{x}"), new Field("fullName", "a\u0000b"),
                new Field("manageCodes", "A".repeat(9_000)), new Field("password", "{}"));
        java.util.List<String> failures = new java.util.ArrayList<>();
        for (String value : List.of("", " ", "abc", "{x}", "infinity")) {
            boolean enabledBefore = jdbc.sql("select enabled from access_user where id = :id").param("id", kp1)
                    .query(Boolean.class).single();
            MockHttpServletResponse r = mvc.perform(post("/admin/users/" + kp1 + "/enabled").session(admin)
                    .with(csrf()).param("enabled", value)).andReturn().getResponse();
            if (r.getStatus() != 400 || r.getContentAsString(StandardCharsets.UTF_8).contains("java.")) {
                failures.add("enabled=" + value + " → " + r.getStatus());
            }
            assertThat(jdbc.sql("select enabled from access_user where id = :id").param("id", kp1)
                    .query(Boolean.class).single()).isEqualTo(enabledBefore);
        }
        for (String path : List.of("/admin/users/abc", "/admin/users/-1/unlock", "/admin/users/1x",
                "/admin/users/99999999999999999999/enabled")) {
            int status = mvc.perform(post(path).session(admin).with(csrf()).param("enabled", "true")
                    .param("username", "x")).andReturn().getResponse().getStatus();
            if (status >= 500) {
                failures.add(path + " → " + status);
            }
        }
        for (String target : List.of("/admin/users", "/admin/users/" + kp1)) {
            for (Field f : bad) {
                long users = jdbc.sql("select count(*) from access_user").query(Long.class).single();
                String before = jdbc.sql("select concat_ws('|', username, full_name, role, enabled, body_code)"
                        + " from access_user where id = :id").param("id", kp1).query(String.class).single();
                java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
                params.put("username", target.equals("/admin/users") ? "thu.moi" : "kp1badinh");
                params.put("fullName", "Người thử");
                params.put("role", "AREA_HEAD");
                params.put("bodyCode", "");
                params.put("manageCodes", "14812");
                params.put("viewCodes", "");
                params.put("enabled", "true");
                params.put("password", target.equals("/admin/users") ? "mat-khau-dai-du" : "");
                params.put(f.name(), f.value());
                MockHttpServletRequestBuilder req = post(target).session(admin).with(csrf());
                params.forEach(req::param);
                MockHttpServletResponse r = mvc.perform(req).andReturn().getResponse();
                String body = r.getContentAsString(StandardCharsets.UTF_8);
                String label = target + " " + f.name() + "=" + f.value() + " → " + r.getStatus();
                if (r.getStatus() >= 500 || body.contains("java.") || body.contains("Failed to convert")
                        || body.contains("org.springframework")) {
                    failures.add(label);
                } else if (!(f.name().equals("username") && f.value().equals("infinity"))
                        && !(r.getStatus() == 400 || r.getStatus() == 200 && body.contains("invalid-feedback"))) {
                    failures.add(label + " (not refused with a message)");
                }
                if (!(f.name().equals("username") && f.value().equals("infinity"))) {
                    assertThat(jdbc.sql("select count(*) from access_user").query(Long.class).single())
                            .isEqualTo(users);
                    assertThat(jdbc.sql("select concat_ws('|', username, full_name, role, enabled, body_code)"
                            + " from access_user where id = :id").param("id", kp1).query(String.class).single())
                            .isEqualTo(before);
                }
            }
        }
        assertThat(failures).isEmpty();
        jdbc.sql("delete from access_user where username = 'infinity'").update();
    }
}
