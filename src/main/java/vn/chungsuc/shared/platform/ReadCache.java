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
 *
 * <p>Across instances (h-cluster): each cache has a PostgreSQL notification channel ({@link #channel()}, named after
 * the cache's class or, for a plain {@code ReadCache}, the class that made it). {@link #written()} asks
 * {@link CacheNotifications} to notify it when the writing transaction commits, and every other instance empties its
 * caches of that channel when told, well within a second; the maximum age only covers a lost notification.
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
    private final String channel;

    /** Told of every write to a cache (by {@link CacheNotifications}, which notifies the other instances). */
    static volatile java.util.function.Consumer<ReadCache> onWritten = cache -> { };

    public ReadCache(Duration maxAge, int maxEntries) {
        this.maxAgeNanos = maxAge.toNanos();
        this.maxEntries = maxEntries;
        this.channel = channelFor(getClass() != ReadCache.class ? getClass()
                : StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                        .map(StackWalker.StackFrame::getDeclaringClass)
                        .filter(c -> !ReadCache.class.isAssignableFrom(c)).findFirst().orElse(ReadCache.class)));
        ALL.add(this);
    }

    /** A PostgreSQL channel name (an identifier of at most 63 bytes) for the caches of a class. */
    static String channelFor(Class<?> owner) {
        String name = "chungsuc_cache_" + owner.getSimpleName().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        return name.length() <= 63 ? name
                : name.substring(0, 54) + "_" + Integer.toHexString(owner.getName().hashCode());
    }

    /** The notification channel that tells other instances this cache's data changed. */
    public String channel() {
        return channel;
    }

    /** Empties every cache of this JVM on the channel (another instance changed their data); how many. */
    static int clearChannel(String channel) {
        int n = 0;
        synchronized (ALL) {
            for (ReadCache c : ALL) {
                if (c.channel.equals(channel)) {
                    c.clear();
                    n++;
                }
            }
        }
        return n;
    }

    /** The channels of every cache of this JVM. */
    static Set<String> channels() {
        synchronized (ALL) {
            Set<String> out = new java.util.TreeSet<>();
            ALL.forEach(c -> out.add(c.channel));
            return out;
        }
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

    /** The answer kept for the key, or null: none, too old, or the current transaction is changing the data. */
    @SuppressWarnings("unchecked")
    public <T> T peek(Object key) {
        if (maxAgeNanos <= 0 || TransactionSynchronizationManager.hasResource(writing)) {
            return null;
        }
        Entry e = entries.get(key);
        return e != null && System.nanoTime() - e.loadedAt() < maxAgeNanos ? (T) e.value() : null;
    }

    /** The data is being changed in the current transaction (or, without one, was just changed). */
    public void written() {
        clear();
        onWritten.accept(this);
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
