package vn.chungsuc.shared.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts a second application (its own embedded PostgreSQL, no Bỉm Sơn demo) with one demo loader held back, and
 * watches what a probe and a newcomer see while it loads and once it is done.
 */
class ReadinessIntegrationTest {

    @TempDir Path dir;

    private final AtomicInteger port = new AtomicInteger();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void readinessIsOutOfServiceWhileTheDemoLoadsAndUpOnceItIsDone() throws Exception {
        try (HeldBackStart start = new HeldBackStart(dir)) {
            port.set(start.awaitLoading());
            assertThat(port.get()).isPositive();

            HttpResponse<String> readiness = get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("OUT_OF_SERVICE");
            HttpResponse<String> liveness = get("/actuator/health/liveness");
            assertThat(liveness.statusCode()).isEqualTo(200);
            assertThat(liveness.body()).contains("UP");

            HttpResponse<String> login = get("/login");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("Đang nạp dữ liệu mẫu…", "Bước 1/1", "hx-get=\"/login/progress\"");

            HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=chungsuc")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login?error=starting"));
            assertThat(get("/login?error=starting").body()).contains("chưa khởi động xong");

            start.release();
            start.awaitStarted();
            HttpResponse<String> ready = get("/actuator/health/readiness");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("UP");
            HttpResponse<String> progress = get("/login/progress");
            assertThat(progress.body()).contains("sẵn sàng").doesNotContain("hx-get");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "vi").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port.get() + path);
    }
}
