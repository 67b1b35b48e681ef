package vn.chungsuc.indicators.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chungsuc.campaign.ProgrammeChanged;
import vn.chungsuc.shared.platform.ReadCache;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.territory.UnitsChanged;

/**
 * The indicators' read model of a programme's board (issue 19, item 5): the rows of its targets, their trend and the
 * context figures for a unit (or the units it became), a period, a view date and today, so that a signed-in read of
 * the targets API or the dashboard does no database work once the board has been asked for (the check that the
 * figure sets exist and the read of the figures were two queries per request).
 *
 * <p>What is kept holds no user: the caller resolves the board's unit with the user's scope first
 * ({@link ProgressBoard#scope}, in memory), and a user who may not see the unit never reaches this cache; the rows
 * are then wrapped in the caller's own scope.
 *
 * <p>Emptied (at once, again when the writing transaction ends, and on every other instance through
 * {@code CacheNotifications} once it commits) when what a board shows changes:
 * <ul>
 * <li>a fact or figure changes ({@link FactBook}: a recount after a household, a title, a poverty class…; an
 * officer's approved value; a recomputation; the units' resettling);</li>
 * <li>the programme, a target or an allocation changes ({@link ProgrammeChanged}, published in the campaign's
 * writing transaction), and the units change ({@link UnitsChanged});</li>
 * <li>besides, a kept board is only used with the very programme, targets, allocations and indicator catalogue it
 * was built from (the instances the campaign's and the catalogue's own caches hold: when either is reloaded, after
 * a change on any instance or its maximum age, the board is built again).</li>
 * </ul>
 * Kept at most {@code chungsuc.indicators.cache.max-age} (default 30 s), like the other read caches.
 */
@Component
class BoardCache extends ReadCache {

    BoardCache(@Value("${chungsuc.indicators.cache.max-age:PT30S}") Duration maxAge) {
        super(maxAge, 5_000);
    }

    /**
     * What a board depends on. {@code sources} are compared by identity: the programme, targets, allocations and
     * catalogue objects it was built from.
     */
    record Key(long programme, String unit, boolean onViewDate, List<String> units, Period period, LocalDate viewDate,
            LocalDate today, Same sources) {
    }

    /** Objects compared by identity (==), not by value. */
    static final class Same {

        private final Object[] objects;

        Same(Object... objects) {
            this.objects = objects;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Same other) || other.objects.length != objects.length) {
                return false;
            }
            for (int i = 0; i < objects.length; i++) {
                if (objects[i] != other.objects[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (Object o : objects) {
                h = 31 * h + System.identityHashCode(o);
            }
            return h;
        }
    }

    /** The rows, trend periods and context figures of a board, without its scope. */
    record Figures(List<ProgressBoard.Row> rows, List<Period> trend, List<ProgressBoard.Context> context) {
    }

    /** One lock per board being built, so that requests arriving meanwhile wait for it rather than build it too. */
    private final java.util.concurrent.ConcurrentHashMap<Key, Object> building =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The board kept for the key, or the loader's. When it must be built, one request builds it and those asking for
     * the same board meanwhile wait and then take it (after the maximum age, 32 parallel calls built it 32 times).
     */
    Figures board(Key key, Supplier<Figures> loader) {
        Figures kept = peek(key);
        if (kept != null) {
            return kept;
        }
        if (building.size() > 1_000) {
            building.clear();
        }
        synchronized (building.computeIfAbsent(key, k -> new Object())) {
            return get(key, loader);
        }
    }

    /** A programme, a target or an allocation changed (in the writing transaction). */
    @EventListener
    void on(ProgrammeChanged changed) {
        written();
    }

    /** The units changed (in the writing transaction). */
    @EventListener
    void on(UnitsChanged changed) {
        written();
    }
}
