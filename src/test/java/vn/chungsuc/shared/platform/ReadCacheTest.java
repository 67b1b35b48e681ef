package vn.chungsuc.shared.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ReadCacheTest {

    private final AtomicInteger loads = new AtomicInteger();

    private String load() {
        return "v" + loads.incrementAndGet();
    }

    @AfterEach
    void endSynchronization() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void anAnswerIsLoadedOnceAndKeptUntilTheDataIsWritten() {
        ReadCache cache = new ReadCache(Duration.ofMinutes(1), 100);
        assertThat(cache.<String>get("k", this::load)).isEqualTo("v1");
        assertThat(cache.<String>get("k", this::load)).isEqualTo("v1");
        assertThat(cache.<String>get("other", this::load)).isEqualTo("v2");
        cache.written();
        assertThat(cache.<String>get("k", this::load)).isEqualTo("v3");
    }

    @Test
    void theWritingTransactionReadsPastTheCacheAndItIsEmptiedWhenTheTransactionEnds() {
        ReadCache cache = new ReadCache(Duration.ofMinutes(1), 100);
        assertThat(cache.<String>get("k", this::load)).isEqualTo("v1");
        TransactionSynchronizationManager.initSynchronization();
        cache.written();
        // Inside the writing transaction: never the kept answer, and nothing kept from it.
        assertThat(cache.<String>get("k", this::load)).isEqualTo("v2");
        assertThat(cache.<String>get("k", this::load)).isEqualTo("v3");
        assertThat(cache.size()).isZero();
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED);
        }
        TransactionSynchronizationManager.clearSynchronization();
        assertThat(cache.<String>get("k", this::load)).isEqualTo("v4");
        assertThat(cache.<String>get("k", this::load)).isEqualTo("v4");
    }

    @Test
    void anAnswerLoadedWhileTheDataChangedIsNotKept() {
        ReadCache cache = new ReadCache(Duration.ofMinutes(1), 100);
        assertThat(cache.<String>get("k", () -> {
            cache.written();
            return load();
        })).isEqualTo("v1");
        assertThat(cache.<String>get("k", this::load)).isEqualTo("v2");
        assertThat(cache.<String>get("k", this::load)).isEqualTo("v2");
    }

    @Test
    void answersExpireAfterTheMaximumAgeAndAZeroAgeKeepsNothing() throws InterruptedException {
        ReadCache shortLived = new ReadCache(Duration.ofMillis(50), 100);
        assertThat(shortLived.<String>get("k", this::load)).isEqualTo("v1");
        Thread.sleep(80);
        assertThat(shortLived.<String>get("k", this::load)).isEqualTo("v2");
        ReadCache off = new ReadCache(Duration.ZERO, 100);
        assertThat(off.<String>get("k", this::load)).isEqualTo("v3");
        assertThat(off.<String>get("k", this::load)).isEqualTo("v4");
    }

    @Test
    void clearAllEmptiesEveryCache() {
        ReadCache a = new ReadCache(Duration.ofMinutes(1), 100);
        ReadCache b = new ReadCache(Duration.ofMinutes(1), 100);
        a.get("k", this::load);
        b.get("k", this::load);
        ReadCache.clearAll();
        assertThat(a.size() + b.size()).isZero();
    }
}
