package vn.chungsuc.registry.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.Setting;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;
import vn.chungsuc.territory.UnitsChanged;

/**
 * The registry's window on the territory module. Records keep only the residential area's code; which commune it
 * belonged to, its path (for scope checks) and its type (rural or urban) on a date are read from the area's versions
 * through {@link TerritoryApi}. We keep no copy of territory tables: the versions of the few hundred areas in use are
 * cached here and dropped whenever territory publishes a change, so a merger takes effect at once.
 */
@Component
public class Areas {

    private final TerritoryApi territory;
    private final Map<String, List<UnitView>> versions = new ConcurrentHashMap<>();

    Areas(TerritoryApi territory) {
        this.territory = territory;
    }

    /** The unit (any level) as of the date. */
    public Optional<UnitView> unit(String code, LocalDate asOf) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return versionsOf(code).stream().filter(v -> v.validOn(asOf)).findFirst();
    }

    /** The residential area as of the date (empty when the code names no residential area then). */
    public Optional<UnitView> area(String code, LocalDate asOf) {
        return unit(code, asOf).filter(v -> v.level() == UnitLevel.RESIDENTIAL_AREA);
    }

    /** The latest version of the unit, whatever the date. */
    public Optional<UnitView> latest(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        List<UnitView> all = versionsOf(code);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private List<UnitView> versionsOf(String code) {
        if (versions.size() > 20_000) {
            versions.clear();
        }
        return versions.computeIfAbsent(code.trim().toUpperCase(java.util.Locale.ROOT),
                c -> territory.versions(c, UnitScope.ALL));
    }

    public Map<String, UnitView> areas(Collection<String> codes, LocalDate asOf) {
        Map<String, UnitView> out = new LinkedHashMap<>();
        for (String code : new LinkedHashSet<>(codes)) {
            unit(code, asOf).ifPresent(v -> out.put(code, v));
        }
        return out;
    }

    /** The commune-level unit an area belonged to on the date. */
    public Optional<UnitView> commune(String areaCode, LocalDate asOf) {
        return area(areaCode, asOf).flatMap(a -> unit(a.parentCode(), asOf));
    }

    /** Rural or urban: the setting of the area's type on the date. */
    public Optional<Setting> setting(String areaCode, LocalDate asOf) {
        return area(areaCode, asOf).map(a -> a.type().setting());
    }

    /** Whether the user may see the personal data of a record in the area on the date. */
    public boolean canView(UnitScope scope, String areaCode, LocalDate asOf) {
        return scope.everything() || area(areaCode, asOf).map(a -> scope.canView(a.path())).orElse(false);
    }

    /**
     * Whether the household lives within the scope today (or, if it ended, lived there last): only then may the
     * user read its current personal data (address, CCCD, phones, later places). A commune the household moved away
     * from keeps the history of its time there, nothing newer.
     */
    public boolean holdsNow(UnitScope scope, HouseholdDetail h, LocalDate today) {
        HouseholdDetail.Location last = h.lastLocation();
        LocalDate on = last.validTo() == null ? today : last.validTo().minusDays(1);
        return canView(scope, last.areaCode(), on);
    }

    /** The places of the household the user may read: those in the scope while the household lived there. */
    public java.util.List<HouseholdDetail.Location> visiblePlaces(UnitScope scope, HouseholdDetail h,
            LocalDate today) {
        return h.locations().stream().filter(l -> {
            LocalDate on = l.validTo() == null ? today : l.validTo().minusDays(1);
            return canView(scope, l.areaCode(), on.isBefore(l.validFrom()) ? l.validFrom() : on);
        }).toList();
    }

    /** Whether the user may change records in the area on the date. */
    public boolean canManage(UnitScope scope, String areaCode, LocalDate asOf) {
        return scope.everything() || area(areaCode, asOf).map(a -> scope.canManage(a.path())).orElse(false);
    }

    /**
     * The residential areas a list may show on the date: those the scope can view, narrowed to the unit chosen (a
     * commune or an area) and to a setting (rural or urban). {@link AreaFilter#ALL} when nothing narrows (an
     * administrator's unfiltered list); {@code inUse} gives the areas that hold records, for a setting alone.
     */
    public AreaFilter filter(UnitScope scope, LocalDate asOf, String unitCode, Setting setting,
            java.util.function.Supplier<Set<String>> inUse) {
        Set<String> allowed = null;
        if (!scope.everything()) {
            allowed = new LinkedHashSet<>();
            for (String root : scope.allViewRoots()) {
                allowed.addAll(areasUnder(root, asOf));
            }
        }
        if (unitCode != null && !unitCode.isBlank()) {
            Set<String> under = areasUnder(unitCode.trim(), asOf);
            if (allowed == null) {
                allowed = under;
            } else {
                allowed.retainAll(under);
            }
        }
        if (setting != null) {
            Set<String> base = allowed == null ? inUse.get() : allowed;
            allowed = new LinkedHashSet<>();
            for (String code : base) {
                if (setting(code, asOf).map(setting::equals).orElse(false)) {
                    allowed.add(code);
                }
            }
        }
        return allowed == null ? AreaFilter.ALL : new AreaFilter(false, Set.copyOf(allowed));
    }

    /** The residential areas under a unit on the date (the unit itself when it is one). */
    public Set<String> areasUnder(String unitCode, LocalDate asOf) {
        Set<String> out = new LinkedHashSet<>();
        for (UnitView v : territory.subtree(unitCode.toUpperCase(java.util.Locale.ROOT), asOf, UnitScope.ALL)) {
            if (v.level() == UnitLevel.RESIDENTIAL_AREA) {
                out.add(v.code());
            }
        }
        return out;
    }

    /**
     * Any change to the units drops the cached versions right after its commit, on the committing thread, so the
     * next read (the officer's own next page) sees the new tree. Deliberately not an asynchronous module listener:
     * there is no work to redo after a crash (the cache lives in memory), and an asynchronous clear would leave a
     * window in which a page shows the units as they were.
     */
    @TransactionalEventListener
    void on(UnitsChanged e) {
        versions.clear();
    }

    /** Which areas a query may return: every area ({@code all}), or only the codes given. */
    public record AreaFilter(boolean all, Set<String> codes) {

        public static final AreaFilter ALL = new AreaFilter(true, Set.of());

        public boolean nothing() {
            return !all && codes.isEmpty();
        }

        /** The codes as a SQL array parameter (empty when all). */
        public String[] array() {
            return codes.toArray(String[]::new);
        }
    }
}
