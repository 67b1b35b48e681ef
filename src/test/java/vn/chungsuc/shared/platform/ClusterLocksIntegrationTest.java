package vn.chungsuc.shared.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chungsuc.IntegrationTest;

/**
 * Two runs of one job at the same time, as two instances on one database would start them (each lock is held on a
 * connection of its own, like another instance's): a scheduled job runs once, start-up work one after the other.
 */
@IntegrationTest
class ClusterLocksIntegrationTest {

    @Autowired ClusterLocks locks;

    @Test
    void aScheduledJobRunningElsewhereIsSkippedAndRunsAgainOnceItEnded() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean();
        Thread other = new Thread(() -> first.set(locks.runIfFree("test.job", () -> {
            started.countDown();
            await(release);
        })));
        other.start();
        assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();
        AtomicBoolean ranHere = new AtomicBoolean();
        assertThat(locks.runIfFree("test.job", () -> ranHere.set(true))).isFalse();
        assertThat(ranHere).isFalse();
        assertThat(locks.runIfFree("test.other-job", () -> ranHere.set(true))).as("another job is free").isTrue();
        release.countDown();
        other.join(20_000);
        assertThat(first).isTrue();
        ranHere.set(false);
        assertThat(locks.runIfFree("test.job", () -> ranHere.set(true))).isTrue();
        assertThat(ranHere).isTrue();
    }

    @Test
    void startUpWorkWaitsForTheOtherInstanceAndRunsAfterIt() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread other = new Thread(() -> locks.runExclusively("test.startup", () -> {
            order.add("other starts");
            started.countDown();
            await(release);
            order.add("other ends");
        }));
        other.start();
        assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();
        Thread here = new Thread(() -> locks.runExclusively("test.startup", () -> order.add("here")));
        here.start();
        Thread.sleep(300);
        assertThat(order).containsExactly("other starts");
        release.countDown();
        other.join(20_000);
        here.join(20_000);
        assertThat(order).containsExactly("other starts", "other ends", "here");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
