package vn.chungsuc.shared.platform;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A module's read model in memory for data that changes rarely and is read on every request (the units of a date,
 * a programme and its targets, the indicator catalogue): answers kept by key until the module's own writes say the
 * data changed ({@link #written()}), and at most a maximum age, so that a change made by another instance on the same
 * database shows within that time.
 *
 * <p>{@link #written()} empties the cache at once and again when the writing transaction ends; until then that
 * transaction reads past the cache (it must see its own uncommitted changes, which other transactions must not). A
 * reader that loaded an answer while a change was being committed does not keep it (the generation moved on).
 * Kept values must be immutable. A maximum age of zero turns the cache off.
 */
public class ReadCache {

    /** Every cache of this JVM, for {@link #clearAll()}. */
    private static final Set<ReadCache> ALL = Collections.synchronizedSet(Collections.newSetFromMap(
            new WeakHashMap<>()));

    private final Object writing = new Object();
    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long maxAgeNanos;
    private final int maxEntries;

    public ReadCache(Duration maxAge, int maxEntries) {
        this.maxAgeNanos = maxAge.toNanos();
        this.maxEntries = maxEntries;
        ALL.add(this);
    }

    private record Entry(Object value, long loadedAt) {
    }

    /** The answer kept for the key, or the loader's (kept unless the data changed meanwhile). */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> loader) {
        if (maxAgeNanos <= 0 || TransactionSynchronizationManager.hasResource(writing)) {
            return loader.get();
        }
        long now = System.nanoTime();
        Entry e = entries.get(key);
        if (e != null && now - e.loadedAt() < maxAgeNanos) {
            return (T) e.value();
        }
        long g = generation.get();
        T value = loader.get();
        if (generation.get() == g) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry(value, now));
        }
        return value;
    }

    /** The data is being changed in the current transaction (or, without one, was just changed). */
    public void written() {
        clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(writing)) {
            TransactionSynchronizationManager.bindResource(writing, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(writing);
                    clear();
                }
            });
        }
    }

    /** Forgets every answer kept. */
    public void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    public int size() {
        return entries.size();
    }

    /** Empties every read cache of this JVM: for tests that change a module's tables with plain SQL. */
    public static void clearAll() {
        synchronized (ALL) {
            ALL.forEach(ReadCache::clear);
        }
    }
}
