package vn.chungsuc.territory.domain;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.platform.ReadCache;

/**
 * The territory's read model in memory: what {@link TerritoryQueries} answered for a unit and a date (the version
 * valid then, its children, its ancestors, its subtree, its lineage, the span of unchanged dates), kept until the
 * units change. Every write to the units goes through {@link VersionStore} or {@link LineageStore}, which call
 * {@link #written()}: the cache is emptied at once and when the writing transaction ends, and that transaction reads
 * past it until then. A change made by another instance on the same database shows within
 * {@code chungsuc.territory.cache.max-age} (default 30 s): units change a few times a year, and the dashboard and the
 * API read them on every request.
 */
@Component
class TerritoryCache extends ReadCache {

    TerritoryCache(@Value("${chungsuc.territory.cache.max-age:PT30S}") Duration maxAge) {
        super(maxAge, 50_000);
    }
}
