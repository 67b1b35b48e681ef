package vn.chungsuc.indicators.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.Lineage;
import vn.chungsuc.territory.LineageEvent;
import vn.chungsuc.territory.LineageKind;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * Places units on the tree of a date. A unit that still exists then is placed where it sits; one that has ended is
 * followed through the lineage to what it was merged or split into (the first successor of a split), so that the
 * records made in xã Hà Lan count under phường Đông Sơn after 1/12/2019 and under phường Bỉm Sơn after 1/7/2025.
 * A unit that did not exist yet on the date, or ended without a successor, has no place.
 *
 * <p>Placements are cached; any change to the territory clears the cache (see {@link FigureMaintenance}).
 */
@Component
public class UnitPlacements {

    private static final int MAX_HOPS = 10;

    private final TerritoryApi territory;
    private final Map<String, Optional<Placement>> cache = new ConcurrentHashMap<>();
    private final Map<LocalDate, LocalDate> spans = new ConcurrentHashMap<>();

    UnitPlacements(TerritoryApi territory) {
        this.territory = territory;
    }

    public Optional<Placement> place(String code, LocalDate on) {
        if (cache.size() > 200_000) {
            cache.clear();
        }
        return cache.computeIfAbsent(code + "@" + on, k -> resolve(code, on, 0));
    }

    public Map<String, Placement> placeAll(Collection<String> codes, LocalDate on) {
        Map<String, Placement> out = new HashMap<>();
        for (String code : codes) {
            place(code, on).ifPresent(p -> out.put(code, p));
        }
        return out;
    }

    public void clear() {
        cache.clear();
        spans.clear();
    }

    /**
     * The date that stands for {@code on} among the dates with the same tree of units: the first day of its span
     * ({@link TerritoryApi#unchangedSince}). Every unit is placed the same on both, so figures rolled up on the units
     * of 31/12/2018 are those of 1/1/2015 when nothing changed in between, and are built and stored once.
     */
    public LocalDate sameTreeAs(LocalDate on) {
        if (spans.size() > 10_000) {
            spans.clear();
        }
        return spans.computeIfAbsent(on, d -> {
            LocalDate since = territory.unchangedSince(d);
            return since.equals(LocalDate.MIN) || since.isAfter(d) ? d : since;
        });
    }

    private Optional<Placement> resolve(String code, LocalDate on, int hops) {
        Optional<UnitView> unit = territory.find(code, on, UnitScope.ALL);
        if (unit.isPresent()) {
            UnitView u = unit.get();
            return Optional.of(new Placement(u.code(), u.path(), u.level(), u.type().setting()));
        }
        if (hops >= MAX_HOPS) {
            return Optional.empty();
        }
        Lineage lineage = territory.lineage(code);
        for (LineageEvent event : lineage.events()) {
            if (event.effectiveOn().isAfter(on)
                    || (event.kind() != LineageKind.MERGE && event.kind() != LineageKind.SPLIT)) {
                continue;
            }
            List<LineageEvent.Link> onward = event.links().stream()
                    .filter(l -> l.from() != null && code.equals(l.from().code()) && l.to() != null
                            && !code.equals(l.to().code()))
                    .toList();
            if (!onward.isEmpty()) {
                return resolve(onward.get(0).to().code(), on, hops + 1);
            }
        }
        return Optional.empty();
    }
}
