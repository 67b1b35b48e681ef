package vn.chungsuc.shared.startup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chungsuc.ChungSucApplication;

/**
 * A second application for a test (its own embedded PostgreSQL in a folder of the test's, profile {@code test},
 * no Bỉm Sơn demo) whose only demo loader waits until the test releases it: what a probe and a newcomer see
 * while a start is still loading.
 */
public final class HeldBackStart implements AutoCloseable {

    private final CountDownLatch loading = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger port = new AtomicInteger();
    private final CompletableFuture<ConfigurableApplicationContext> started;

    public HeldBackStart(Path dir, String... extraArgs) {
        DemoData heldBack = () -> {
            loading.countDown();
            try {
                release.await(3, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        SpringApplication app = new SpringApplication(ChungSucApplication.class);
        app.setAdditionalProfiles("test");
        app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("heldBackDemoData", heldBack));
        app.addListeners((ApplicationListener<WebServerInitializedEvent>) e -> port.set(e.getWebServer().getPort()));
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--chungsuc.embedded-db.data-dir=" + dir.resolve("pg"), "--chungsuc.embedded-db.clean=true",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(extraArgs));
        started = CompletableFuture.supplyAsync(() -> app.run(args.toArray(String[]::new)));
    }

    /** Waits until the held-back loader runs (the web server answers by then); the server's port. */
    public int awaitLoading() throws InterruptedException {
        if (!loading.await(3, TimeUnit.MINUTES)) {
            throw new AssertionError("the held-back demo loader did not start");
        }
        return port.get();
    }

    /** Lets the loader finish; the start goes on to the other runners and then reports ready. */
    public void release() {
        release.countDown();
    }

    /** Waits for the start to be over (every runner done). */
    public ConfigurableApplicationContext awaitStarted() throws Exception {
        return started.get(3, TimeUnit.MINUTES);
    }

    @Override
    public void close() throws Exception {
        release();
        started.get(3, TimeUnit.MINUTES).close();
    }
}
