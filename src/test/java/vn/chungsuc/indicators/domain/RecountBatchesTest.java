package vn.chungsuc.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chungsuc.indicators.domain.RecountBatches.Change;

class RecountBatchesTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(12);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void changesThatArriveDuringARecountAreRecountedTogetherOnceAndEachCallerWaitsForIt() throws Exception {
        RecountBatches batches = new RecountBatches(100);
        List<Change> recounted = new CopyOnWriteArrayList<>();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger returned = new AtomicInteger();
        Future<?> first = pool.submit(() -> batches.recount("m", new Change(LocalDate.of(2020, 1, 1), Set.of("A")),
                c -> {
                    recounted.add(c);
                    firstStarted.countDown();
                    await(release);
                }));
        assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        List<Future<?>> later = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int n = i;
            later.add(pool.submit(() -> {
                batches.recount("m", new Change(LocalDate.of(2021, 1, 1).minusDays(n), Set.of("U" + n)),
                        recounted::add);
                returned.incrementAndGet();
            }));
        }
        // The ten wait: none returns while the first recount runs.
        Thread.sleep(300);
        assertThat(returned.get()).isZero();
        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        for (Future<?> f : later) {
            f.get(5, TimeUnit.SECONDS);
        }
        assertThat(returned.get()).isEqualTo(10);
        assertThat(recounted).hasSize(2);
        Change merged = recounted.get(1);
        assertThat(merged.units()).containsExactlyInAnyOrder("U0", "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8",
                "U9");
        assertThat(merged.from()).isEqualTo(LocalDate.of(2020, 12, 23));
    }

    @Test
    void aBatchBeyondTheUnitLimitOrWithAnAllUnitsChangeBecomesAllUnitsAndOtherMetricsDoNotWait() throws Exception {
        RecountBatches batches = new RecountBatches(3);
        List<Change> recounted = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> first = pool.submit(() -> batches.recount("m", new Change(null, Set.of("A")), c -> {
            started.countDown();
            await(release);
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        // Another metric is recounted at once, while "m" is busy.
        batches.recount("other", new Change(null, Set.of("X")), recounted::add);
        assertThat(recounted).containsExactly(new Change(null, Set.of("X")));
        List<Future<?>> later = new java.util.ArrayList<>();
        for (String u : List.of("B", "C", "D", "E")) {
            later.add(pool.submit(() -> batches.recount("m", new Change(LocalDate.of(2022, 1, 1), Set.of(u)),
                    recounted::add)));
            Thread.sleep(20);
        }
        Thread.sleep(200);
        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        for (Future<?> f : later) {
            f.get(5, TimeUnit.SECONDS);
        }
        assertThat(recounted).hasSize(2);
        assertThat(recounted.get(1)).isEqualTo(new Change(LocalDate.of(2022, 1, 1), null));
    }

    @Test
    void aFailedRecountFailsEveryChangeInItsBatchAndTheNextChangeIsRecountedAgain() throws Exception {
        RecountBatches batches = new RecountBatches(100);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> first = pool.submit(() -> batches.recount("m", new Change(null, Set.of("A")), c -> {
            started.countDown();
            await(release);
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        AtomicInteger calls = new AtomicInteger();
        List<Future<?>> later = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            later.add(pool.submit(() -> batches.recount("m", new Change(null, Set.of("B")), c -> {
                calls.incrementAndGet();
                throw new IllegalStateException("database gone");
            })));
        }
        Thread.sleep(200);
        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        for (Future<?> f : later) {
            assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
        }
        assertThat(calls.get()).isEqualTo(1);
        List<Change> after = new CopyOnWriteArrayList<>();
        batches.recount("m", new Change(null, Set.of("C")), after::add);
        assertThat(after).containsExactly(new Change(null, Set.of("C")));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
