package vn.chungsuc.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger renders = new AtomicInteger();
    private final PageCache<byte[]> cache = new PageCache<>(Duration.ofSeconds(1), 3, now::get);

    private byte[] render() {
        return ("page " + renders.incrementAndGet()).getBytes();
    }

    @Test
    void aPageIsRenderedOncePerTimeToLive() {
        assertThat(new String(cache.get("a", this::render))).isEqualTo("page 1");
        now.addAndGet(999_000_000L);
        assertThat(new String(cache.get("a", this::render))).isEqualTo("page 1");
        now.addAndGet(1_000_000L);
        assertThat(new String(cache.get("a", this::render))).isEqualTo("page 2");
        assertThat(renders).hasValue(2);
    }

    @Test
    void keysAreSeparateAndBounded() {
        cache.get("a", this::render);
        cache.get("b", this::render);
        cache.get("c", this::render);
        assertThat(renders).hasValue(3);
        cache.get("a", this::render);
        assertThat(renders).hasValue(3);
        // A fourth key clears the full cache; the old keys render again.
        cache.get("d", this::render);
        cache.get("a", this::render);
        assertThat(renders).hasValue(5);
    }

    @Test
    void whileOneRequestRendersAnExpiredPageTheOthersGetTheOldOne() throws Exception {
        cache.get("a", this::render);
        now.addAndGet(2_000_000_000L);
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread slow = new Thread(() -> cache.get("a", () -> {
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return render();
        }));
        slow.start();
        inside.await();
        // Another request meanwhile: the page that just expired, no second rendering.
        assertThat(new String(cache.get("a", this::render))).isEqualTo("page 1");
        release.countDown();
        slow.join();
        assertThat(new String(cache.get("a", this::render))).isEqualTo("page 2");
        assertThat(renders).hasValue(2);
    }

    @Test
    void aFailedRenderingIsNotKept() {
        try {
            cache.get("x", () -> {
                throw new IllegalStateException("no such unit");
            });
        } catch (IllegalStateException expected) {
            // the caller answers 404
        }
        assertThat(new String(cache.get("x", this::render))).isEqualTo("page 1");
    }
}
