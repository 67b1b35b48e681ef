package vn.chungsuc.shared.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chungsuc.ChungSucApplication;

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
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DemoData heldBack = () -> {
            loading.countDown();
            try {
                release.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        SpringApplication app = new SpringApplication(ChungSucApplication.class);
        app.setAdditionalProfiles("test");
        app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("heldBackDemoData", heldBack));
        app.addListeners((ApplicationListener<WebServerInitializedEvent>) e -> port.set(e.getWebServer().getPort()));
        CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(() -> app.run(
                "--server.port=0", "--chungsuc.embedded-db.data-dir=" + dir.resolve("pg"),
                "--chungsuc.embedded-db.clean=true", "--spring.main.banner-mode=off"));
        try {
            assertThat(loading.await(3, TimeUnit.MINUTES)).as("the held-back loader started").isTrue();
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

            release.countDown();
            ConfigurableApplicationContext context = started.get(3, TimeUnit.MINUTES);
            try {
                HttpResponse<String> ready = get("/actuator/health/readiness");
                assertThat(ready.statusCode()).isEqualTo(200);
                assertThat(ready.body()).contains("UP");
                HttpResponse<String> progress = get("/login/progress");
                assertThat(progress.body()).contains("sẵn sàng").doesNotContain("hx-get");
            } finally {
                context.close();
            }
        } finally {
            release.countDown();
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
