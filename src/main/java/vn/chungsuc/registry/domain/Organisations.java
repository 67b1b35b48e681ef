package vn.chungsuc.registry.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.registry.OrganisationKind;
import vn.chungsuc.registry.OrganisationSaved;
import vn.chungsuc.registry.domain.Forms.Violation;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * Organisations (agencies and units of the state, schools, enterprises), public places and streets: simple records
 * of a unit (a commune, a residential area, or the district above them), listed to users whose scope covers that
 * unit and changed by those who manage it, each change audited.
 */
@Service
public class Organisations {

    public enum Table {
        ORGANISATION("registry_organisation", "registry.organisation"),
        PLACE("registry_public_place", "registry.place"),
        STREET("registry_street", "registry.street");

        final String table;
        final String auditType;

        Table(String table, String auditType) {
            this.table = table;
            this.auditType = auditType;
        }
    }

    /** A row of any of the three lists; kind is null for streets, dates only for organisations. */
    public record Item(long id, String name, String kind, String unitCode, String address, LocalDate establishedOn,
            LocalDate closedOn, Integer lengthM, String description) {
    }

    /** What the form holds (dates as typed; length in metres as typed). */
    public record ItemForm(String name, String kind, String unitCode, String address, String establishedOn,
            String closedOn, String lengthM, String description) {

        public static ItemForm empty(String unitCode) {
            return new ItemForm("", "", unitCode, "", "", "", "", "");
        }

        public static ItemForm of(Item i) {
            return new ItemForm(i.name(), i.kind(), i.unitCode(), i.address(), Dates.show(i.establishedOn()),
                    Dates.show(i.closedOn()), i.lengthM() == null ? "" : String.valueOf(i.lengthM()),
                    i.description() == null ? "" : i.description());
        }
    }

    public static final List<String> PLACE_KINDS = List.of("CULTURAL_HOUSE", "MARKET", "PARK", "SPORTS", "STATION",
            "RELIGIOUS", "MONUMENT", "HEALTH", "OTHER");

    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final Areas areas;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final vn.chungsuc.shared.time.Today clock;

    Organisations(JdbcClient jdbc, TerritoryApi territory, Areas areas, AuditLog audit,
            ApplicationEventPublisher events, vn.chungsuc.shared.time.Today clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.territory = territory;
        this.areas = areas;
        this.audit = audit;
        this.events = events;
    }

    /**
     * The units whose records the scope shows on the date: the subtree of each root on that date, or on the root's
     * last day when it had ended by then (so a ward merged in 2025 still shows its organisations to its officers).
     * Null means every unit.
     */
    public Set<String> visibleUnits(UnitScope scope, LocalDate asOf) {
        if (scope.everything()) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String root : scope.allViewRoots()) {
            LocalDate d = asOf;
            Optional<UnitView> now = areas.unit(root, asOf);
            if (now.isEmpty()) {
                Optional<UnitView> last = areas.latest(root);
                if (last.isEmpty() || last.get().validTo() == null) {
                    continue;
                }
                d = last.get().validTo().minusDays(1);
            }
            territory.subtree(root, d, UnitScope.ALL).forEach(v -> out.add(v.code()));
        }
        return out;
    }

    @Transactional(readOnly = true)
    public Page<Item> list(Table t, String q, String kind, String unit, boolean includeClosed, UnitScope scope,
            LocalDate asOf, int page, int size) {
        Set<String> visible = visibleUnits(scope, asOf);
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (visible != null) {
            where.append(" and unit_code = any(:units)");
            params.put("units", visible.toArray(String[]::new));
        }
        if (unit != null && !unit.isBlank()) {
            Set<String> under = new LinkedHashSet<>();
            territory.subtree(unit.trim().toUpperCase(java.util.Locale.ROOT), asOf, UnitScope.ALL)
                    .forEach(v -> under.add(v.code()));
            under.add(unit.trim().toUpperCase(java.util.Locale.ROOT));
            where.append(" and unit_code = any(:under)");
            params.put("under", under.toArray(String[]::new));
        }
        if (q != null && !q.isBlank()) {
            where.append(" and search_key like :q");
            params.put("q", "%" + VietnameseText.likeKey(q) + "%");
        }
        if (kind != null && !kind.isBlank() && t != Table.STREET) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        if (t == Table.ORGANISATION && !includeClosed) {
            where.append(" and (closed_on is null or closed_on > :d) and (established_on is null or established_on <= :d)");
            params.put("d", Date.valueOf(asOf));
        }
        long total = jdbc.sql("select count(*) from " + t.table + where).params(params).query(Long.class).single();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.max(0, Math.min(page, pages - 1));
        List<Item> items = jdbc.sql(select(t) + where + " order by name, id limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) current * size)
                .query((rs, i) -> item(t, rs)).list();
        return new Page<>(items, total, current, size);
    }

    /** Counts per kind of the visible, open organisations (the targets count agencies, schools, enterprises). */
    @Transactional(readOnly = true)
    public Map<String, Long> countsByKind(UnitScope scope, LocalDate asOf) {
        Set<String> visible = visibleUnits(scope, asOf);
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (OrganisationKind k : OrganisationKind.values()) {
            out.put(k.name(), 0L);
        }
        jdbc.sql("""
                        select kind, count(*) as n from registry_organisation
                        where (closed_on is null or closed_on > :d) and (established_on is null or established_on <= :d)
                        """ + (visible == null ? "" : " and unit_code = any(:units)") + " group by kind")
                .params(visible == null ? Map.of("d", Date.valueOf(asOf))
                        : Map.of("d", Date.valueOf(asOf), "units", visible.toArray(String[]::new)))
                .query((rs, i) -> out.put(rs.getString("kind"), rs.getLong("n"))).list();
        return out;
    }

    /** The item if the scope shows its unit (the list's rule, on the date). */
    @Transactional(readOnly = true)
    public Optional<Item> find(Table t, long id, UnitScope scope, LocalDate asOf) {
        Set<String> visible = visibleUnits(scope, asOf);
        return find(t, id).filter(i -> visible == null || visible.contains(i.unitCode()));
    }

    @Transactional(readOnly = true)
    public Optional<Item> find(Table t, long id) {
        return jdbc.sql(select(t) + " where id = :id").param("id", id).query((rs, i) -> item(t, rs)).optional();
    }

    @Transactional
    public long save(Table t, Long id, ItemForm f, UnitScope scope) {
        List<Violation> out = new ArrayList<>();
        String name = PersonRules.cleanName(f.name());
        if (name.isEmpty()) {
            out.add(new Violation("name", Problem.of("registry.item.name.required")));
        } else if (name.length() > PersonRules.MAX_ITEM_NAME) {
            out.add(new Violation("name", Problem.of("registry.item.name.size", PersonRules.MAX_ITEM_NAME)));
        } else {
            PersonRules.checkText(f.name(), PersonRules.MAX_ITEM_NAME)
                    .ifPresent(p -> out.add(new Violation("name", p)));
        }
        PersonRules.checkText(f.address(), PersonRules.MAX_ADDRESS)
                .ifPresent(p -> out.add(new Violation("address", p)));
        PersonRules.checkText(f.description(), PersonRules.MAX_DESCRIPTION)
                .ifPresent(p -> out.add(new Violation("description", p)));
        String kind = f.kind() == null ? "" : f.kind();
        if (t == Table.ORGANISATION && java.util.Arrays.stream(OrganisationKind.values()).noneMatch(k -> k.name().equals(kind))) {
            out.add(new Violation("kind", Problem.of("registry.item.kind.required")));
        }
        if (t == Table.PLACE && !PLACE_KINDS.contains(kind)) {
            out.add(new Violation("kind", Problem.of("registry.item.kind.required")));
        }
        String unit = f.unitCode() == null ? "" : f.unitCode().trim().toUpperCase(java.util.Locale.ROOT);
        Optional<UnitView> unitView = areas.unit(unit, clock.date()).or(() -> areas.latest(unit));
        if (unit.isEmpty()) {
            out.add(new Violation("unitCode", Problem.of("registry.item.unit.required")));
        } else if (unitView.isEmpty()) {
            out.add(new Violation("unitCode", Problem.of("registry.area.unknown", unit)));
        } else if (!scope.canManage(unitView.get().path())) {
            out.add(new Violation("unitCode", Problem.of("registry.area.outOfScope", unit)));
        }
        LocalDate established = optionalDate(f.establishedOn(), "establishedOn", out);
        LocalDate closed = optionalDate(f.closedOn(), "closedOn", out);
        if (established != null && (established.isBefore(PersonRules.EARLIEST_FOUNDING)
                || established.isAfter(clock.date()))) {
            // A founding date between 2/9/1945 and today: 9999-12-31 is a typing error (hole 13).
            out.add(new Violation("establishedOn", Problem.of("registry.item.establishedOn.range",
                    vn.chungsuc.shared.time.Dates.show(PersonRules.EARLIEST_FOUNDING),
                    vn.chungsuc.shared.time.Dates.show(clock.date()))));
            established = null;
        }
        if (closed != null && closed.isAfter(clock.date().plusYears(5))) {
            out.add(new Violation("closedOn", Problem.of("registry.item.closedOn.range",
                    vn.chungsuc.shared.time.Dates.show(clock.date().plusYears(5)))));
            closed = null;
        }
        if (established != null && closed != null && !closed.isAfter(established)) {
            out.add(new Violation("closedOn", Problem.of("registry.item.closedBeforeEstablished")));
        }
        Integer length = null;
        if (t == Table.STREET && f.lengthM() != null && !f.lengthM().isBlank()) {
            try {
                length = Integer.valueOf(f.lengthM().trim().replace(".", ""));
                if (length <= 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                out.add(new Violation("lengthM", Problem.of("registry.street.length.invalid")));
            }
        }
        Item before = id == null ? null : find(t, id).orElseThrow(() -> new HouseholdCommands.NotFound("item " + id));
        if (before != null) {
            Optional<UnitView> old = areas.unit(before.unitCode(), clock.date())
                    .or(() -> areas.latest(before.unitCode()));
            if (old.isEmpty() || !scope.canManage(old.get().path())) {
                throw new AccessDeniedException("outside scope");
            }
        }
        if (!out.isEmpty()) {
            throw new HouseholdCommands.Refused(out);
        }
        String address = PersonRules.cleanName(f.address());
        String description = f.description() == null ? "" : f.description().trim();
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        p.put("key", VietnameseText.searchKey(name));
        p.put("unit", unit);
        String sql = switch (t) {
            case ORGANISATION -> {
                p.put("kind", kind);
                p.put("address", address);
                p.put("est", established == null ? null : Date.valueOf(established));
                p.put("closed", closed == null ? null : Date.valueOf(closed));
                yield id == null
                        ? "insert into registry_organisation (name, search_key, kind, unit_code, address, established_on, closed_on) values (:name, :key, :kind, :unit, :address, :est, :closed) returning id"
                        : "update registry_organisation set name = :name, search_key = :key, kind = :kind, unit_code = :unit, address = :address, established_on = :est, closed_on = :closed, updated_at = now() where id = :id returning id";
            }
            case PLACE -> {
                p.put("kind", kind);
                p.put("address", address);
                yield id == null
                        ? "insert into registry_public_place (name, search_key, kind, unit_code, address) values (:name, :key, :kind, :unit, :address) returning id"
                        : "update registry_public_place set name = :name, search_key = :key, kind = :kind, unit_code = :unit, address = :address, updated_at = now() where id = :id returning id";
            }
            case STREET -> {
                p.put("length", length);
                p.put("description", description);
                yield id == null
                        ? "insert into registry_street (name, search_key, unit_code, length_m, description) values (:name, :key, :unit, :length, :description) returning id"
                        : "update registry_street set name = :name, search_key = :key, unit_code = :unit, length_m = :length, description = :description, updated_at = now() where id = :id returning id";
            }
        };
        if (id != null) {
            p.put("id", id);
        }
        long saved = jdbc.sql(sql).params(p).query(Long.class).single();
        Item after = find(t, saved).orElseThrow();
        audit.record(id == null ? "CREATE" : "UPDATE", t.auditType, String.valueOf(saved),
                (id == null ? "Thêm " : "Sửa ") + name, before, after);
        events.publishEvent(new OrganisationSaved(saved, t.name(), after.kind(), after.unitCode(),
                before == null ? null : before.unitCode()));
        return saved;
    }

    private static LocalDate optionalDate(String text, String field, List<Violation> out) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<LocalDate> d = Dates.parse(text);
        if (d.isEmpty()) {
            out.add(new Violation(field, Problem.of("registry.date.invalid")));
            return null;
        }
        return d.get();
    }

    private static String select(Table t) {
        return switch (t) {
            case ORGANISATION -> "select id, name, kind, unit_code, address, established_on, closed_on, null::int as length_m, null as description from registry_organisation";
            case PLACE -> "select id, name, kind, unit_code, address, null::date as established_on, null::date as closed_on, null::int as length_m, null as description from registry_public_place";
            case STREET -> "select id, name, null as kind, unit_code, '' as address, null::date as established_on, null::date as closed_on, length_m, description from registry_street";
        };
    }

    private static Item item(Table t, java.sql.ResultSet rs) throws java.sql.SQLException {
        int length = rs.getInt("length_m");
        Integer lengthM = rs.wasNull() ? null : length;
        return new Item(rs.getLong("id"), rs.getString("name"), rs.getString("kind"), rs.getString("unit_code"),
                rs.getString("address"), rs.getObject("established_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class), lengthM, rs.getString("description"));
    }
}
