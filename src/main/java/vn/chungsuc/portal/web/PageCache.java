package vn.chungsuc.portal.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Rendered public pages kept for a short time (micro-caching): within the time to live every request for the same
 * page gets the same bytes. When a page is older than that, one request renders it again while the others are
 * still served the page just expired (stale-while-revalidate): a crowd arriving as a page expires costs one
 * rendering, not one per request. A page never seen is rendered once, the other requests for it waiting. The
 * number of keys is bounded: when full, the cache is cleared.
 */
final class PageCache {

    record Page(byte[] body, long renderedAtNanos) {
    }

    /** A key's page and whether a request is rendering it again. */
    private static final class Slot {
        volatile Page page;
        final AtomicBoolean rendering = new AtomicBoolean();
    }

    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxKeys;
    private final LongSupplier clock;

    PageCache(Duration ttl, int maxKeys, LongSupplier nanoClock) {
        this.ttlNanos = ttl.toNanos();
        this.maxKeys = maxKeys;
        this.clock = nanoClock;
    }

    Page get(String key, Supplier<byte[]> render) {
        Slot slot = slots.get(key);
        if (slot == null) {
            if (slots.size() >= maxKeys) {
                slots.clear();
            }
            slot = slots.computeIfAbsent(key, k -> new Slot());
        }
        Page page = slot.page;
        if (page == null) {
            synchronized (slot) {
                if (slot.page == null) {
                    slot.page = new Page(render.get(), clock.getAsLong());
                }
                return slot.page;
            }
        }
        if (clock.getAsLong() - page.renderedAtNanos() < ttlNanos || !slot.rendering.compareAndSet(false, true)) {
            return page;
        }
        try {
            Page fresh = new Page(render.get(), clock.getAsLong());
            slot.page = fresh;
            return fresh;
        } finally {
            slot.rendering.set(false);
        }
    }
}
