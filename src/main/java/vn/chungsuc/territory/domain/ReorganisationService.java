package vn.chungsuc.territory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.web.VnFormat;
import vn.chungsuc.territory.LineageKind;
import vn.chungsuc.territory.Merge;
import vn.chungsuc.territory.NewUnit;
import vn.chungsuc.territory.Reorganisation;
import vn.chungsuc.territory.Split;
import vn.chungsuc.territory.ReorganisationRefused;
import vn.chungsuc.territory.UnitAdded;
import vn.chungsuc.territory.UnitsImported;
import vn.chungsuc.territory.UnitDissolved;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitMoved;
import vn.chungsuc.territory.UnitRenamed;
import vn.chungsuc.territory.UnitType;
import vn.chungsuc.territory.UnitView;
import vn.chungsuc.territory.UnitsMerged;

/**
 * Changes to the tree. Each runs in one transaction that writes the new versions, the lineage event and the audit
 * entry together, and publishes an event; a refusal ({@link ReorganisationRefused}) writes nothing.
 */
@Service
@Transactional
class ReorganisationService implements Reorganisation {

    static final String AUDIT_TYPE = "territory.unit";

    private final VersionStore versions;
    private final LineageStore lineage;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final VnFormat fmt = new VnFormat();
    private final vn.chungsuc.shared.time.Today today;
    private final int yearsAhead;

    ReorganisationService(VersionStore versions, LineageStore lineage, AuditLog audit,
            ApplicationEventPublisher events, vn.chungsuc.shared.time.Today today,
            @org.springframework.beans.factory.annotation.Value("${chungsuc.territory.years-ahead:5}")
            int yearsAhead) {
        this.today = today;
        this.yearsAhead = yearsAhead;
        this.versions = versions;
        this.lineage = lineage;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public UnitView add(NewUnit unit) {
        UnitView view = record(unit);
        events.publishEvent(new UnitAdded(view.code(), view.parentCode(), view.validFrom()));
        return view;
    }

    @Override
    public List<UnitView> addAll(List<NewUnit> units) {
        List<UnitView> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (NewUnit unit : units) {
            if (!seen.add(UnitCodes.normalise(unit.code()))) {
                throw new ReorganisationRefused("territory.error.codeTaken", UnitCodes.normalise(unit.code()),
                        fmt.date(unit.validFrom()));
            }
            out.add(record(unit));
        }
        if (!out.isEmpty()) {
            LocalDate from = out.stream().map(UnitView::validFrom).min(LocalDate::compareTo).orElseThrow();
            events.publishEvent(new UnitsImported(out.get(0).level(), from, out.size(), 0, 0,
                    out.stream().map(UnitView::code).toList()));
        }
        return out;
    }

    /** Checks and writes one new unit with its audit entry (no event). */
    private UnitView record(NewUnit unit) {
        String code = UnitCodes.normalise(unit.code());
        UnitRules.check(unit.name(), "validFrom", unit.validFrom(), null, null, today.date(), yearsAhead);
        String name = Names.normalise(unit.name());
        requireName(code, name);
        requireCode(unit.type().level(), code);
        if (unit.validTo() != null && !unit.validTo().isAfter(unit.validFrom())) {
            throw new ReorganisationRefused("territory.error.dates", code);
        }
        StoredVersion parent = existing(unit.parentCode(), unit.validFrom());
        requireBelow(parent.view(), unit.type(), code);
        if (versions.overlaps(code, unit.validFrom(), unit.validTo())) {
            throw new ReorganisationRefused("territory.error.codeTaken", code, fmt.date(unit.validFrom()));
        }
        UnitView view = new UnitView(code, name, unit.type(), parent.code(), parent.path() + code + "/",
                unit.validFrom(), unit.validTo());
        VersionChanges changes = new VersionChanges();
        changes.insert(view);
        versions.insertUnits(List.of(code));
        versions.apply(changes);
        audit.record("CREATE", AUDIT_TYPE, code, "Thêm " + named(view) + " thuộc " + parent.view().fullName()
                + " từ ngày " + fmt.date(view.validFrom()), null, view);
        return view;
    }

    @Override
    public UnitView merge(Merge merge) {
        LocalDate on = merge.effectiveOn();
        UnitRules.check(null, on, merge.legalBasis(), merge.note(), today.date(), yearsAhead);
        if (merge.sources().isEmpty()) {
            throw new ReorganisationRefused("territory.error.noSources");
        }
        Map<String, StoredVersion> sources = new LinkedHashMap<>();
        for (String code : merge.sources()) {
            StoredVersion source = existing(code, on);
            if (!source.view().validFrom().isBefore(on)) {
                throw new ReorganisationRefused("territory.error.dates", source.code());
            }
            sources.put(source.code(), source);
        }
        String targetCode = UnitCodes.normalise(merge.target().code());
        VersionChanges changes = new VersionChanges();
        sources.values().forEach(s -> changes.close(s, on));

        UnitView target;
        if (merge.target() instanceof Merge.IntoNew created) {
            target = newTarget(created, targetCode, on, sources);
            changes.insert(target);
            versions.insertUnits(List.of(targetCode));
        } else {
            if (sources.containsKey(targetCode)) {
                throw new ReorganisationRefused("territory.error.targetIsSource", targetCode);
            }
            target = existing(targetCode, on).view();
            for (StoredVersion source : sources.values()) {
                if (target.path().startsWith(source.path())) {
                    throw new ReorganisationRefused("territory.error.cycle", targetCode, source.code());
                }
            }
        }
        for (StoredVersion source : sources.values()) {
            if (source.view().level() != target.level()) {
                throw new ReorganisationRefused("territory.error.mergeLevel", source.code(), targetCode);
            }
        }

        List<String> moved = new ArrayList<>();
        for (StoredVersion source : sources.values()) {
            for (StoredVersion child : versions.childrenAt(source.code(), on)) {
                reparent(child, target, on, merge.retypeResidentialAreas(), changes);
                moved.add(child.code());
            }
        }
        versions.apply(changes);

        long eventId = lineage.record(LineageKind.MERGE, on, merge.legalBasis(), merge.note(),
                sources.keySet().stream().map(s -> new LineageStore.NewLink(s, targetCode)).toList());
        if (!moved.isEmpty()) {
            lineage.record(LineageKind.MOVE, on, merge.legalBasis(), "Chuyển về " + target.fullName(),
                    moved.stream().map(c -> new LineageStore.NewLink(c, c)).toList());
        }
        List<String> sourceNames = sources.values().stream().map(v -> named(v.view())).toList();
        boolean created = merge.target() instanceof Merge.IntoNew;
        audit.record("MERGE", AUDIT_TYPE, targetCode,
                "Sáp nhập " + String.join(", ", sourceNames) + (created ? " thành đơn vị mới " : " vào ")
                        + named(target) + " từ ngày " + fmt.date(on),
                Map.of("sources", sourceNames),
                flat("target", named(target), "targetParentCode", target.parentCode(), "newUnit", created,
                        "effectiveOn", on, "legalBasis", merge.legalBasis(), "note", merge.note(),
                        "movedChildren", moved));
        events.publishEvent(new UnitsMerged(eventId, List.copyOf(sources.keySet()), targetCode, on));
        return target;
    }

    @Override
    public void split(Split split) {
        LocalDate on = split.effectiveOn();
        UnitRules.check(null, on, split.legalBasis(), split.note(), today.date(), yearsAhead);
        StoredVersion source = existing(split.source(), on);
        if (!source.view().validFrom().isBefore(on)) {
            throw new ReorganisationRefused("territory.error.dates", source.code());
        }
        Map<String, StoredVersion> children = new LinkedHashMap<>();
        versions.childrenAt(source.code(), on).forEach(c -> children.put(c.code(), c));
        Map<String, StoredVersion> targets = new LinkedHashMap<>();
        Map<String, String> assigned = new LinkedHashMap<>();
        for (Map.Entry<String, String> a : split.assignments().entrySet()) {
            String child = UnitCodes.normalise(a.getKey());
            if (!children.containsKey(child)) {
                throw new ReorganisationRefused("territory.error.notUnder", child, source.code(), fmt.date(on));
            }
            StoredVersion target = targets.get(UnitCodes.normalise(a.getValue()));
            if (target == null) {
                target = existing(a.getValue(), on);
                if (target.code().equals(source.code()) || target.path().startsWith(source.path())) {
                    throw new ReorganisationRefused("territory.error.targetIsSource", target.code());
                }
                if (target.view().level() != source.view().level()) {
                    throw new ReorganisationRefused("territory.error.mergeLevel", source.code(), target.code());
                }
                targets.put(target.code(), target);
            }
            assigned.put(child, target.code());
        }
        if (targets.isEmpty()) {
            throw new ReorganisationRefused("territory.error.noTargets");
        }
        List<String> left = children.keySet().stream().filter(c -> !assigned.containsKey(c)).toList();
        if (!left.isEmpty()) {
            throw new ReorganisationRefused("territory.error.unassigned", source.code(), String.join(", ", left));
        }
        VersionChanges changes = new VersionChanges();
        changes.close(source, on);
        for (Map.Entry<String, String> a : assigned.entrySet()) {
            reparent(children.get(a.getKey()), targets.get(a.getValue()).view(), on, false, changes);
        }
        versions.apply(changes);
        lineage.record(LineageKind.SPLIT, on, split.legalBasis(), split.note(),
                targets.keySet().stream().map(t -> new LineageStore.NewLink(source.code(), t)).toList());
        if (!assigned.isEmpty()) {
            lineage.record(LineageKind.MOVE, on, split.legalBasis(), split.note(),
                    assigned.keySet().stream().map(c -> new LineageStore.NewLink(c, c)).toList());
        }
        List<String> targetNames = targets.values().stream().map(t -> named(t.view())).toList();
        audit.record("SPLIT", AUDIT_TYPE, source.code(), "Chia tách " + named(source.view()) + " vào "
                        + String.join(", ", targetNames) + " từ ngày " + fmt.date(on),
                source.view(), flat("targets", targetNames, "effectiveOn", on, "legalBasis", split.legalBasis(),
                        "note", split.note(), "movedChildren", List.copyOf(assigned.keySet())));
        assigned.forEach((child, target) -> events.publishEvent(new UnitMoved(child, source.code(), target, on)));
        events.publishEvent(new UnitDissolved(source.code(), on));
    }

    @Override
    public UnitView move(String code, String newParentCode, LocalDate on, String legalBasis, String note) {
        UnitRules.check(null, on, legalBasis, note, today.date(), yearsAhead);
        StoredVersion unit = existing(code, on);
        StoredVersion parent = existing(newParentCode, on);
        if (parent.path().startsWith(unit.path())) {
            throw new ReorganisationRefused("territory.error.cycle", parent.code(), unit.code());
        }
        requireBelow(parent.view(), unit.view().type(), unit.code());
        VersionChanges changes = new VersionChanges();
        UnitView moved = reparent(unit, parent.view(), on, false, changes);
        versions.apply(changes);
        lineage.record(LineageKind.MOVE, on, legalBasis, note,
                List.of(new LineageStore.NewLink(unit.code(), unit.code())));
        String from = versions.at(unit.view().parentCode(), on.minusDays(1)).map(p -> p.view().fullName())
                .orElse(unit.view().parentCode());
        audit.record("MOVE", AUDIT_TYPE, unit.code(), "Chuyển " + named(unit.view()) + " từ " + from + " về "
                + parent.view().fullName() + " từ ngày " + fmt.date(on), unit.view(), moved);
        events.publishEvent(new UnitMoved(unit.code(), unit.view().parentCode(), parent.code(), on));
        return moved;
    }

    @Override
    public UnitView rename(String code, String newName, UnitType newType, LocalDate on, String legalBasis,
            String note) {
        UnitRules.check(newName, on, legalBasis, note, today.date(), yearsAhead);
        StoredVersion unit = existing(code, on);
        String name = Names.normalise(newName);
        requireName(unit.code(), name);
        UnitType type = newType == null ? unit.view().type() : newType;
        if (type.level() != unit.view().level()) {
            throw new ReorganisationRefused("territory.error.level", unit.code());
        }
        UnitView renamed = unit.with(name, type, unit.view().parentCode(), unit.path());
        VersionChanges changes = new VersionChanges();
        changes.supersede(unit, renamed, on);
        versions.apply(changes);
        lineage.record(LineageKind.RENAME, on, legalBasis, note,
                List.of(new LineageStore.NewLink(unit.code(), unit.code())));
        audit.record("RENAME", AUDIT_TYPE, unit.code(), "Đổi tên " + named(unit.view()) + " thành "
                + renamed.fullName() + " từ ngày " + fmt.date(on), unit.view(),
                new UnitView(renamed.code(), renamed.name(), renamed.type(), renamed.parentCode(), renamed.path(), on,
                        unit.view().validTo()));
        events.publishEvent(new UnitRenamed(unit.code(), unit.view().fullName(), renamed.fullName(), on));
        return renamed;
    }

    @Override
    public void dissolve(String code, LocalDate on, String legalBasis, String note, List<String> successors) {
        UnitRules.check(null, on, legalBasis, note, today.date(), yearsAhead);
        StoredVersion unit = existing(code, on);
        int remaining = versions.childrenAt(unit.code(), on).size();
        if (remaining > 0) {
            throw new ReorganisationRefused("territory.error.hasChildren", unit.code(), remaining);
        }
        if (!unit.view().validFrom().isBefore(on)) {
            throw new ReorganisationRefused("territory.error.dates", unit.code());
        }
        Map<String, StoredVersion> takers = new LinkedHashMap<>();
        for (String successor : successors) {
            StoredVersion taker = existing(successor, on);
            if (taker.code().equals(unit.code()) || taker.path().startsWith(unit.path())) {
                throw new ReorganisationRefused("territory.error.targetIsSource", taker.code());
            }
            takers.put(taker.code(), taker);
        }
        VersionChanges changes = new VersionChanges();
        changes.close(unit, on);
        versions.apply(changes);
        lineage.record(LineageKind.DISSOLVE, on, legalBasis, note, takers.isEmpty()
                ? List.of(new LineageStore.NewLink(unit.code(), null))
                : takers.keySet().stream().map(t -> new LineageStore.NewLink(unit.code(), t)).toList());
        List<String> takerNames = takers.values().stream().map(t -> named(t.view())).toList();
        audit.record("DISSOLVE", AUDIT_TYPE, unit.code(), "Giải thể " + named(unit.view()) + " từ ngày "
                        + fmt.date(on) + (takerNames.isEmpty() ? ""
                                : "; địa bàn chuyển cho " + String.join(", ", takerNames)),
                unit.view(),
                flat("code", unit.code(), "name", unit.view().name(), "validTo", on, "successors", takerNames,
                        "legalBasis", legalBasis, "note", note));
        events.publishEvent(new UnitDissolved(unit.code(), on));
    }

    /** "Phường Ba Đình (14812)": names in audit summaries carry the code, since names repeat across the country. */
    private static String named(UnitView unit) {
        return unit.fullName() + " (" + unit.code() + ")";
    }

    /**
     * An audit value as a flat JSON object, in the order given: keys and values alternate; values are texts, dates,
     * numbers, booleans or lists of texts, and blank ones are left out.
     */
    private static Map<String, Object> flat(Object... keysAndValues) {
        Map<String, Object> value = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            if (v != null && !(v instanceof String text && text.isBlank())) {
                value.put((String) keysAndValues[i], v);
            }
        }
        return value;
    }

    /**
     * Puts a unit under a new parent from {@code on}, and re-paths everything under it. Returns the unit's new
     * version.
     */
    private UnitView reparent(StoredVersion unit, UnitView parent, LocalDate on, boolean retype,
            VersionChanges changes) {
        UnitType type = retype ? ResidentialAreaTypes.under(unit.view().type(), parent.type()) : unit.view().type();
        String path = parent.path() + unit.code() + "/";
        UnitView moved = unit.with(unit.view().name(), type, parent.code(), path);
        changes.supersede(unit, moved, on);
        for (StoredVersion below : versions.descendantsAt(unit.path(), on)) {
            String newPath = path + below.path().substring(unit.path().length());
            changes.supersede(below, below.with(below.view().name(), below.view().type(), below.view().parentCode(),
                    newPath), on);
        }
        return new UnitView(moved.code(), moved.name(), moved.type(), moved.parentCode(), moved.path(), on,
                unit.view().validTo());
    }

    private UnitView newTarget(Merge.IntoNew created, String code, LocalDate on, Map<String, StoredVersion> sources) {
        UnitRules.check(created.name(), null, null, null, today.date(), yearsAhead);
        String name = Names.normalise(created.name());
        requireName(code, name);
        requireCode(created.type().level(), code);
        StoredVersion parent = existing(created.parentCode(), on);
        if (sources.containsKey(parent.code())) {
            throw new ReorganisationRefused("territory.error.cycle", code, parent.code());
        }
        requireBelow(parent.view(), created.type(), code);
        // A code may come back for a new unit (the 2025 catalogue reuses old codes), but only once its earlier
        // versions have ended, which for a source happens in this very merger.
        if (!sources.containsKey(code) && versions.overlaps(code, on, null)) {
            throw new ReorganisationRefused("territory.error.codeTaken", code, fmt.date(on));
        }
        return new UnitView(code, name, created.type(), parent.code(), parent.path() + code + "/", on, null);
    }

    private StoredVersion existing(String code, LocalDate on) {
        String normalised = UnitCodes.normalise(code);
        return versions.at(normalised, on)
                .orElseThrow(() -> new ReorganisationRefused("territory.error.noUnit", normalised, fmt.date(on)));
    }

    private static void requireName(String code, String name) {
        if (name.isEmpty()) {
            throw new ReorganisationRefused("territory.error.name", code);
        }
    }

    private static void requireCode(UnitLevel level, String code) {
        if (!UnitCodes.fits(level, code)) {
            throw new ReorganisationRefused("territory.error.code", code);
        }
    }

    private static void requireBelow(UnitView parent, UnitType type, String code) {
        if (parent.level().depth() >= type.level().depth()) {
            throw new ReorganisationRefused("territory.error.level", code);
        }
    }
}
