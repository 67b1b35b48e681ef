package vn.chungsuc.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.chungsuc.shared.time.Period;

/** A board that must be built is built once, however many requests ask for it meanwhile. */
class BoardCacheTest {

    @Test
    void requestsArrivingWhileABoardIsBuiltWaitForItRatherThanBuildItToo() throws Exception {
        BoardCache cache = new BoardCache(Duration.ofSeconds(30));
        BoardCache.Key key = new BoardCache.Key(1, "38", true, List.of("38"), Period.year(2020),
                LocalDate.of(2020, 12, 31), LocalDate.of(2026, 12, 4), new BoardCache.Same("p"));
        AtomicInteger built = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<BoardCache.Figures>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return cache.board(key, () -> {
                        built.incrementAndGet();
                        try {
                            Thread.sleep(200);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return new BoardCache.Figures(List.of(), List.of(Period.year(2020)), List.of());
                    });
                }));
            }
            start.countDown();
            BoardCache.Figures first = answers.get(0).get();
            for (Future<BoardCache.Figures> f : answers) {
                assertThat(f.get()).isSameAs(first);
            }
            assertThat(built).hasValue(1);
            cache.written();
            cache.board(key, () -> new BoardCache.Figures(List.of(), List.of(), List.of()));
            assertThat(cache.board(key, () -> first).trend()).as("built again after a change").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }
}
