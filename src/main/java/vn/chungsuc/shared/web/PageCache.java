package vn.chungsuc.shared.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Rendered pages kept for a short time (micro-caching): within the time to live every request for the same page
 * gets the same page. When a page is older than that, one request renders it again while the others are still
 * served the page just expired (stale-while-revalidate): a crowd arriving as a page expires costs one rendering,
 * not one per request. A page never seen is rendered once, the other requests for it waiting. A rendering that
 * throws keeps nothing. The number of keys is bounded: when full, the cache is cleared.
 *
 * @param <P> what a rendering gives: the bytes and headers of a response
 */
final class PageCache<P> {

    private record Stamped<P>(P page, long renderedAtNanos) {
    }

    /** A key's page and whether a request is rendering it again. */
    private static final class Slot<P> {
        volatile Stamped<P> page;
        final AtomicBoolean rendering = new AtomicBoolean();
    }

    private final Map<String, Slot<P>> slots = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxKeys;
    private final LongSupplier clock;

    PageCache(Duration ttl, int maxKeys, LongSupplier nanoClock) {
        this.ttlNanos = ttl.toNanos();
        this.maxKeys = maxKeys;
        this.clock = nanoClock;
    }

    P get(String key, Supplier<P> render) {
        Slot<P> slot = slots.get(key);
        if (slot == null) {
            if (slots.size() >= maxKeys) {
                slots.clear();
            }
            slot = slots.computeIfAbsent(key, k -> new Slot<>());
        }
        Stamped<P> page = slot.page;
        if (page == null) {
            synchronized (slot) {
                if (slot.page == null) {
                    slot.page = new Stamped<>(render.get(), clock.getAsLong());
                }
                return slot.page.page();
            }
        }
        if (clock.getAsLong() - page.renderedAtNanos() < ttlNanos || !slot.rendering.compareAndSet(false, true)) {
            return page.page();
        }
        try {
            Stamped<P> fresh = new Stamped<>(render.get(), clock.getAsLong());
            slot.page = fresh;
            return fresh.page();
        } finally {
            slot.rendering.set(false);
        }
    }
}
