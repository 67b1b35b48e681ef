package vn.chungsuc.territory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.territory.Lineage;
import vn.chungsuc.territory.LineageEvent;
import vn.chungsuc.territory.LineageKind;
import vn.chungsuc.territory.SearchPage;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitMatch;
import vn.chungsuc.territory.UnitNode;
import vn.chungsuc.territory.UnitRef;
import vn.chungsuc.territory.UnitView;

/**
 * Reads the units of any date. What is read for all scopes (a unit's version on a date, its children, ancestors,
 * subtree and lineage, the span of unchanged dates) is kept in the {@link TerritoryCache} until the units change, and
 * filtered by the caller's scope on every call; no transaction is opened for a read (each answer is one or two
 * queries, or none when kept).
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
class TerritoryQueries implements TerritoryApi {

    static final String COUNTRY = "VN";
    private static final int MAX_PAGE_SIZE = 100;

    private final VersionStore versions;
    private final LineageStore lineage;
    private final CatalogueStore catalogues;
    private final TerritoryCache cache;

    TerritoryQueries(VersionStore versions, LineageStore lineage, CatalogueStore catalogues, TerritoryCache cache) {
        this.versions = versions;
        this.lineage = lineage;
        this.catalogues = catalogues;
        this.cache = cache;
    }

    /** What an answer kept in the cache is for. */
    private record Key(String question, String code, LocalDate on) {
    }

    @Override
    public Optional<UnitView> find(String code, LocalDate asOf, UnitScope scope) {
        String c = UnitCodes.normalise(code);
        Optional<UnitView> unit = cache.get(new Key("find", c, asOf),
                () -> versions.at(c, asOf).map(v -> named(List.of(v), asOf).get(0)));
        return unit.filter(v -> scope.canView(v.path()));
    }

    @Override
    public List<UnitView> children(String code, LocalDate asOf, UnitScope scope) {
        String c = UnitCodes.normalise(code);
        List<UnitView> all = cache.get(new Key("children", c, asOf),
                () -> List.copyOf(named(versions.childrenAt(c, asOf), asOf)));
        return scope.everything() ? all : all.stream().filter(v -> scope.canView(v.path())).toList();
    }

    @Override
    public List<UnitNode> childNodes(String code, LocalDate asOf, UnitScope scope) {
        List<StoredVersion> stored = versions.childrenAt(UnitCodes.normalise(code), asOf);
        List<UnitView> all = stored.stream().map(StoredVersion::view).toList();
        // Namesakes are found among all the children, so a name reads the same whoever looks at the list.
        Map<String, Long> byName = all.stream().collect(Collectors.groupingBy(UnitView::typedName,
                Collectors.counting()));
        List<UnitView> visible = named(stored.stream().filter(v -> scope.canView(v.path())).toList(), asOf);
        Map<String, UnitRef> former = formerParents(visible.stream()
                .filter(v -> byName.get(v.typedName()) > 1).map(UnitView::code).toList(), asOf);
        Map<String, Integer> counts = versions.childCounts(visible.stream().map(UnitView::code).toList(), asOf);
        return visible.stream()
                .map(u -> new UnitNode(u, counts.getOrDefault(u.code(), 0), former.get(u.code())))
                .toList();
    }

    @Override
    public List<UnitNode> roots(LocalDate asOf, UnitScope scope) {
        if (scope.everything()) {
            return cache.get(new Key("roots", COUNTRY, asOf),
                    () -> List.copyOf(nodes(find(COUNTRY, asOf, scope).stream().toList(), asOf)));
        }
        Set<String> roots = scope.allViewRoots();
        List<UnitView> found = named(List.copyOf(versions.atMany(roots, asOf).values()), asOf);
        List<UnitView> outermost = found.stream()
                .filter(v -> roots.stream().noneMatch(r -> !r.equals(v.code()) && v.path().contains("/" + r + "/")))
                .sorted(Comparator.comparing(UnitView::level).thenComparing(UnitView::path))
                .toList();
        return nodes(outermost, asOf);
    }

    @Override
    public List<UnitView> subtree(String code, LocalDate asOf, UnitScope scope) {
        if (find(code, asOf, scope).isEmpty()) {
            return List.of();
        }
        return cache.get(new Key("subtree", UnitCodes.normalise(code), asOf), () -> find(code, asOf, UnitScope.ALL)
                .map(root -> {
                    List<UnitView> all = new ArrayList<>();
                    all.add(root);
                    Map<Long, String> former = root.level() == UnitLevel.RESIDENTIAL_AREA ? Map.of()
                            : versions.formerCommunesBelow(root.path(), asOf);
                    versions.descendantsAt(root.path(), asOf).forEach(v -> all.add(withFormer(v, former)));
                    return List.copyOf(all);
                })
                .orElse(List.<UnitView>of()));
    }

    @Override
    public List<UnitView> ancestors(UnitView unit, LocalDate asOf, UnitScope scope) {
        List<UnitView> all = cache.get(new Key("ancestors", unit.path(), asOf), () -> {
            List<String> codes = unit.pathCodes();
            List<String> above = codes.subList(0, codes.size() - 1);
            Map<String, StoredVersion> found = versions.atMany(above, asOf);
            return above.stream().map(found::get).filter(Objects::nonNull).map(StoredVersion::view).toList();
        });
        return all.stream().filter(v -> scope.canView(v.path())).toList();
    }

    @Override
    public List<UnitView> versions(String code, UnitScope scope) {
        return named(versions.history(UnitCodes.normalise(code)).stream().filter(v -> scope.canView(v.path()))
                .toList(), null);
    }

    @Override
    public Lineage lineage(String code) {
        String normalised = UnitCodes.normalise(code);
        return cache.get(new Key("lineage", normalised, null), () -> lineage(List.of(normalised)).get(normalised));
    }

    @Override
    public Map<String, Lineage> lineage(Collection<String> codes) {
        Set<String> wanted = new LinkedHashSet<>();
        codes.forEach(c -> wanted.add(UnitCodes.normalise(c)));
        List<LineageEvent> events = lineage.eventsOf(wanted);
        Map<String, Lineage> result = new LinkedHashMap<>();
        for (String code : wanted) {
            Set<UnitRef> predecessors = new LinkedHashSet<>();
            Set<UnitRef> successors = new LinkedHashSet<>();
            List<LineageEvent> own = new ArrayList<>();
            for (LineageEvent event : events) {
                boolean involved = false;
                for (LineageEvent.Link link : event.links()) {
                    boolean fromHere = link.from() != null && link.from().code().equals(code);
                    boolean toHere = link.to() != null && link.to().code().equals(code);
                    involved |= fromHere || toHere;
                    // The units that take over a dissolved unit's territory were not formed from it (see Lineage).
                    if (toHere && link.from() != null && !fromHere && event.kind() != LineageKind.DISSOLVE) {
                        predecessors.add(link.from());
                    }
                    if (fromHere && link.to() != null && !toHere) {
                        successors.add(link.to());
                    }
                }
                if (involved) {
                    own.add(event);
                }
            }
            result.put(code, own.isEmpty() ? Lineage.NONE
                    : new Lineage(List.copyOf(predecessors), List.copyOf(successors), List.copyOf(own)));
        }
        return result;
    }

    @Override
    public SearchPage search(String query, LocalDate asOf, UnitScope scope, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNo = Math.max(0, page);
        String key = VietnameseText.searchKey(query);
        Set<String> roots = scope.everything() ? null : scope.allViewRoots();
        if (key.isEmpty() || (roots != null && roots.isEmpty())) {
            return new SearchPage(List.of(), 0, pageNo, pageSize);
        }
        long total = versions.count(key, asOf, roots);
        List<UnitView> hits = named(versions.search(key, asOf, roots, pageSize, (long) pageNo * pageSize), asOf);
        Set<String> ancestorCodes = new LinkedHashSet<>();
        hits.forEach(h -> {
            List<String> codes = h.pathCodes();
            ancestorCodes.addAll(codes.subList(0, codes.size() - 1));
        });
        Map<String, StoredVersion> ancestors = versions.atMany(ancestorCodes, asOf);
        List<String> hitCodes = hits.stream().map(UnitView::code).toList();
        Map<String, UnitRef> former = formerParents(versions.namesakes(hitCodes, asOf), asOf);
        List<UnitMatch> matches = hits.stream()
                .map(h -> {
                    List<String> codes = h.pathCodes();
                    List<UnitRef> above = codes.subList(0, codes.size() - 1).stream().map(ancestors::get)
                            .filter(Objects::nonNull).map(v -> v.view().ref()).toList();
                    return new UnitMatch(h, above, former.get(h.code()));
                })
                .toList();
        return new SearchPage(matches, total, pageNo, pageSize);
    }

    @Override
    public Optional<UnitRef> latest(String code) {
        return versions.latest(UnitCodes.normalise(code)).map(v -> named(List.of(v), null).get(0).ref());
    }

    @Override
    public Optional<LocalDate> catalogueValidFrom(LocalDate asOf) {
        return catalogues.latestValidFrom(asOf);
    }

    @Override
    public Set<LocalDate> catalogueStarts(String code) {
        return versions.catalogueStarts(UnitCodes.normalise(code));
    }

    @Override
    public LocalDate unchangedSince(LocalDate on) {
        return cache.get(new Key("unchangedSince", null, on),
                () -> versions.lastChangeOnOrBefore(on).orElse(LocalDate.MIN));
    }

    private Map<String, UnitRef> formerParents(Collection<String> codes, LocalDate asOf) {
        Map<String, UnitRef> refs = new LinkedHashMap<>();
        versions.formerParents(codes, asOf).forEach((code, parent) -> refs.put(code, parent.view().ref()));
        return refs;
    }

    /**
     * The views of the versions, a residential area that shares its name with another area of its commune naming
     * the commune it came from ({@link UnitView#formerCommune()}): on the date, or during the version when the date
     * is null (a unit's history).
     */
    private List<UnitView> named(List<StoredVersion> stored, LocalDate asOf) {
        List<Long> areas = stored.stream().filter(v -> v.view().level() == UnitLevel.RESIDENTIAL_AREA)
                .map(StoredVersion::id).toList();
        Map<Long, String> former = versions.formerCommunes(areas, asOf);
        return stored.stream().map(v -> withFormer(v, former)).toList();
    }

    private static UnitView withFormer(StoredVersion version, Map<Long, String> former) {
        String commune = former.get(version.id());
        return commune == null ? version.view() : version.view().withFormerCommune(commune);
    }

    private List<UnitNode> nodes(List<UnitView> units, LocalDate asOf) {
        Map<String, Integer> counts = versions.childCounts(units.stream().map(UnitView::code).toList(), asOf);
        return units.stream().map(u -> new UnitNode(u, counts.getOrDefault(u.code(), 0))).toList();
    }
}
