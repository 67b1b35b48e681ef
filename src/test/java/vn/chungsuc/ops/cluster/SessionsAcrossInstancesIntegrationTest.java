package vn.chungsuc.ops.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chungsuc.ChungSucApplication;
import vn.chungsuc.IntegrationTest;

/**
 * Issue 19, item 1: sessions live in PostgreSQL, so a second instance on the same database (a second Spring context
 * here, started on A's database) honours a session made on the first: the page asked for before signing in on one
 * instance is remembered by the other, the session works there, CSRF holds across them. Public pages, static files
 * and HTTP Basic calls create no session row.
 */
@IntegrationTest
class SessionsAcrossInstancesIntegrationTest {

    private static ConfigurableApplicationContext one;
    private static ConfigurableApplicationContext other;

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @AfterAll
    static void stopInstances() {
        for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[] {one, other}) {
            if (c != null) {
                c.close();
            }
        }
    }

    /**
     * An instance: the application again, on the test database (no embedded server of its own, no demo), with its
     * sessions in PostgreSQL as the application runs (the test profile keeps the container's for MockMvc).
     */
    private ConfigurableApplicationContext instance() {
        HikariDataSource ds = (HikariDataSource) dataSource;
        return new SpringApplicationBuilder(ChungSucApplication.class).profiles("test").run(
                "--server.port=0",
                "--spring.autoconfigure.exclude=",
                "--spring.datasource.url=" + ds.getJdbcUrl(),
                "--spring.datasource.username=" + ds.getUsername(),
                "--spring.datasource.password=" + ds.getPassword(),
                "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                "--spring.jmx.enabled=false");
    }

    private static int port(ConfigurableApplicationContext c) {
        return ((WebServerApplicationContext) c).getWebServer().getPort();
    }

    private HttpResponse<String> get(int port, String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> r, String previous) {
        for (String h : r.headers().allValues("Set-Cookie")) {
            if (h.startsWith("SESSION=")) {
                return h.substring(0, h.indexOf(';'));
            }
        }
        return previous;
    }

    private List<String> sessionIds() {
        return jdbc.sql("select session_id from spring_session order by 1").query(String.class).list();
    }

    @Test
    void aSessionMadeOnOneInstanceIsValidOnTheOther() throws Exception {
        if (one == null) {
            one = instance();
            other = instance();
        }
        int a = port(one);
        int b = port(other);
        // Not signed in: B sends the browser to the login page and remembers the page asked for.
        HttpResponse<String> asked = get(b, "/registry/households", null);
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location").orElse("")).endsWith("/login");
        String cookie = sessionCookie(asked, null);
        assertThat(cookie).isNotNull();

        // The login form comes from A, with the same session (its CSRF token is kept in the session).
        HttpResponse<String> form = get(a, "/login", cookie);
        assertThat(form.statusCode()).isEqualTo(200);
        cookie = sessionCookie(form, cookie);
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(m.find()).isTrue();
        String token = m.group(1);

        // A wrong token is refused (CSRF holds across instances too), the right one signs in on A.
        HttpResponse<String> forged = post(a, "/login", cookie, "username=badinh&password=chungsuc&_csrf=sai");
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> in = post(a, "/login", cookie, "username=badinh&password=chungsuc&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(in.statusCode()).isEqualTo(302);
        assertThat(in.headers().firstValue("Location").orElse("")).contains("/registry/households");
        String signedIn = sessionCookie(in, cookie);
        assertThat(signedIn).as("a new session id after sign-in").isNotEqualTo(cookie);

        // The session works on B (and on A), and it is kept 30 minutes without a request.
        assertThat(get(b, "/registry/households", signedIn).statusCode()).isEqualTo(200);
        assertThat(get(a, "/registry/households", signedIn).statusCode()).isEqualTo(200);
        assertThat(get(b, "/api/v1/households?unit=14812", signedIn).statusCode()).isEqualTo(200);
        assertThat(get(b, "/api/v1/households?unit=14812", null).statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = 'badinh'")
                .query(Integer.class).list()).contains(1800);

        // Public pages, static files and Basic calls, on either instance, with or without the cookie, create no
        // session. (One of the requests that carry the cookie still moves that session's last access time: to do.)
        List<String> before = sessionIds();
        for (int p : new int[] {a, b}) {
            assertThat(get(p, "/public", null).statusCode()).isEqualTo(200);
            assertThat(get(p, "/public", signedIn).statusCode()).isEqualTo(200);
            assertThat(get(p, "/css/app.css", null).statusCode()).isEqualTo(200);
            assertThat(get(p, "/css/app.css", signedIn).statusCode()).isEqualTo(200);
            HttpResponse<String> basic = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p
                            + "/api/v1/households?unit=14812")).header("Authorization", "Basic "
                            + java.util.Base64.getEncoder().encodeToString("badinh:chungsuc".getBytes(
                                    StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(basic.statusCode()).isEqualTo(200);
            assertThat(basic.headers().allValues("Set-Cookie")).isEmpty();
        }
        assertThat(sessionIds()).isEqualTo(before);

        // A read writes the session's last access at most once a minute (issue 19, item 5: parallel calls of one
        // session no longer queue for its row); one whose last access written is a minute old moves it, and its
        // expiry with it.
        String row = "from spring_session where principal_name = 'badinh'";
        long touched = jdbc.sql("select max(last_access_time) " + row).query(Long.class).single();
        assertThat(get(b, "/api/v1/households?unit=14812", signedIn).statusCode()).isEqualTo(200);
        assertThat(get(a, "/api/v1/households?unit=14812", signedIn).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select max(last_access_time) " + row).query(Long.class).single()).isEqualTo(touched);
        jdbc.sql("update spring_session set last_access_time = last_access_time - 61000, "
                + "expiry_time = expiry_time - 61000 where principal_name = 'badinh'").update();
        long now = System.currentTimeMillis();
        assertThat(get(b, "/api/v1/households?unit=14812", signedIn).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select max(last_access_time) " + row).query(Long.class).single())
                .isBetween(now - 1000, System.currentTimeMillis());
        assertThat(jdbc.sql("select max(expiry_time - last_access_time) " + row).query(Long.class).single())
                .isEqualTo(1_800_000L);
    }

    private HttpResponse<String> post(int port, String path, String cookie, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
