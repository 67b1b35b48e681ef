package vn.chungsuc.portal.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Rendered public pages kept for a short time (micro-caching): within the time to live every request for the same
 * page gets the same bytes; after it, the next request renders again. Concurrent misses of one key may render twice;
 * that is harmless. The number of keys is bounded: when full, the cache is cleared.
 */
final class PageCache {

    record Page(byte[] body, long renderedAtNanos) {
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxKeys;
    private final LongSupplier clock;

    PageCache(Duration ttl, int maxKeys, LongSupplier nanoClock) {
        this.ttlNanos = ttl.toNanos();
        this.maxKeys = maxKeys;
        this.clock = nanoClock;
    }

    Page get(String key, Supplier<byte[]> render) {
        long now = clock.getAsLong();
        Page page = pages.get(key);
        if (page != null && now - page.renderedAtNanos() < ttlNanos) {
            return page;
        }
        Page fresh = new Page(render.get(), now);
        if (pages.size() >= maxKeys) {
            pages.clear();
        }
        pages.put(key, fresh);
        return fresh;
    }
}
