package vn.chungsuc.indicators.domain;

import vn.chungsuc.shared.permission.CurrentActor;
import vn.chungsuc.shared.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.scope.CurrentUnitScope;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * The workflow of entered values: enter (or correct) → submit → approve by the level above, or return with a
 * comment; comments at any time. Each step is one transaction with its history line and audit entry; approval
 * also moves the facts and figures in that transaction, so the dashboard shows the value once it commits.
 */
@Service
@Transactional
public class Entries {

    static final String AUDIT_TYPE = "indicators.entry";

    private final EntryStore store;
    private final IndicatorStore indicators;
    private final FactBook book;
    private final TerritoryApi territory;
    private final CurrentUnitScope scope;
    private final AuditLog audit;
    private final CurrentActor actors;
    private final Approvers approvers;

    Entries(EntryStore store, IndicatorStore indicators, FactBook book, TerritoryApi territory, CurrentUnitScope scope,
            AuditLog audit, CurrentActor actors, Approvers approvers) {
        this.actors = actors;
        this.approvers = approvers;
        this.store = store;
        this.indicators = indicators;
        this.book = book;
        this.territory = territory;
        this.scope = scope;
        this.audit = audit;
    }

    /** What an officer types: the values, a note, and the version of the entry he saw (0 for a new one). */
    public record Values(long numerator, long denominator, String note, int version) {
    }

    public Actor actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String name = auth == null || auth.getName() == null ? "system" : auth.getName();
        vn.chungsuc.shared.permission.Actor current = actors.current();
        return new Actor(name, scope.current(), current.administrator(), current.functions());
    }

    @Transactional(readOnly = true)
    public Indicator indicator(String code) {
        return indicators.find(code).orElseThrow(() -> new EntryRefused("indicators.entry.refused.indicator", code));
    }

    /**
     * The unit a value is entered for, as it was in the period (at its end, or at its start for a unit that ended
     * during it); it must sit at the indicator's entry level.
     */
    @Transactional(readOnly = true)
    public UnitView entryUnit(Indicator indicator, String code, Period period) {
        UnitView unit = territory.find(code, period.end(), UnitScope.ALL)
                .or(() -> territory.find(code, period.start(), UnitScope.ALL))
                .orElseThrow(() -> new EntryRefused("indicators.entry.refused.unit", code, period.code()));
        if (unit.level() != indicator.entryLevel().level()) {
            throw new EntryRefused("indicators.entry.refused.level", unit.fullName());
        }
        return unit;
    }

    /** Who approves the entry's figure. */
    @Transactional(readOnly = true)
    public Approver approver(Entry entry, UnitView unit) {
        return approvers.forEntry(entry.indicatorCode(), unit, entry.period());
    }

    /** Whether the actor may approve (or return) the entry, and why not. */
    @Transactional(readOnly = true)
    public EntryPolicy.Decision mayApprove(Actor actor, UnitView unit, Entry entry) {
        if (entry == null || entry.status() != EntryStatus.SUBMITTED) {
            return EntryPolicy.mayApprove(actor, null, entry);
        }
        return EntryPolicy.mayApprove(actor, approver(entry, unit), entry);
    }

    @Transactional(readOnly = true)
    public Optional<Entry> find(String indicator, String unit, Period period) {
        return store.find(indicator, unit, period);
    }

    /** Checks values against the indicator: whole numbers, a denominator where one is needed, no more than it. */
    public static Optional<String> check(Indicator indicator, long numerator, long denominator) {
        if (numerator < 0 || denominator < 0) {
            return Optional.of("indicators.entry.negative");
        }
        if (indicator.denominatorRequired() && denominator == 0) {
            return Optional.of("indicators.entry.denominator.required");
        }
        if (denominator > 0 && numerator > denominator) {
            return Optional.of("indicators.entry.numerator.tooLarge");
        }
        return Optional.empty();
    }

    public Entry save(String indicatorCode, String unitCode, Period period, Values values) {
        Indicator indicator = indicator(indicatorCode);
        if (!indicator.entered()) {
            throw new EntryRefused("indicators.entry.refused.computed", indicator.name());
        }
        UnitView unit = entryUnit(indicator, unitCode, period);
        Optional<Entry> existing = store.find(indicatorCode, unit.code(), period);
        Actor actor = actor();
        require(EntryPolicy.mayEnter(actor, unit, existing.orElse(null)));
        check(indicator, values.numerator(), values.denominator()).ifPresent(key -> {
            throw new EntryRefused(key);
        });
        Fraction value = new Fraction(values.numerator(), values.denominator());
        String note = values.note() == null || values.note().isBlank() ? null : values.note().strip();
        long id;
        if (existing.isEmpty()) {
            id = store.insert(indicatorCode, unit.code(), period, value, note, actor.username());
        } else {
            id = existing.get().id();
            if (!store.updateValues(id, values.version(), value, note, actor.username())) {
                throw new EntryRefused("indicators.entry.refused.stale");
            }
        }
        store.event(id, actor.username(), "ENTER", value, note);
        Entry saved = store.find(id).orElseThrow();
        audit.record(existing.isEmpty() ? "CREATE" : "UPDATE", AUDIT_TYPE, String.valueOf(id),
                "Nhập " + indicator.name() + " của " + unit.fullName() + " kỳ " + period.code() + ": "
                        + value.numerator() + "/" + value.denominator(),
                existing.map(Entries::snapshot).orElse(null), snapshot(saved));
        return saved;
    }

    public Entry submit(long id) {
        Entry entry = require(id);
        UnitView unit = entryUnit(indicator(entry.indicatorCode()), entry.unitCode(), entry.period());
        Actor actor = actor();
        require(EntryPolicy.maySubmit(actor, unit, entry));
        store.submit(id, actor.username());
        store.event(id, actor.username(), "SUBMIT", entry.value(), null);
        Entry after = store.find(id).orElseThrow();
        audit.record("SUBMIT", AUDIT_TYPE, String.valueOf(id), "Gửi duyệt số liệu của " + unit.fullName() + " kỳ "
                + entry.period().code(), snapshot(entry), snapshot(after));
        return after;
    }

    public Entry approve(long id, String comment) {
        Entry entry = require(id);
        Indicator indicator = indicator(entry.indicatorCode());
        UnitView unit = entryUnit(indicator, entry.unitCode(), entry.period());
        Actor actor = actor();
        require(mayApprove(actor, unit, entry));
        store.approve(id, actor.username());
        store.event(id, actor.username(), "APPROVE", entry.value(), blankToNull(comment));
        book.put(indicator.code(), entry.period(), entry.unitCode(), entry.value());
        Entry after = store.find(id).orElseThrow();
        audit.record("APPROVE", AUDIT_TYPE, String.valueOf(id), "Duyệt " + indicator.name() + " của "
                + unit.fullName() + " kỳ " + entry.period().code() + ": " + entry.numerator() + "/"
                + entry.denominator(), snapshot(entry), snapshot(after));
        return after;
    }

    public Entry sendBack(long id, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new EntryRefused("indicators.entry.comment.required");
        }
        Entry entry = require(id);
        UnitView unit = entryUnit(indicator(entry.indicatorCode()), entry.unitCode(), entry.period());
        Actor actor = actor();
        require(mayApprove(actor, unit, entry));
        store.sendBack(id, actor.username());
        store.event(id, actor.username(), "RETURN", entry.value(), comment.strip());
        Entry after = store.find(id).orElseThrow();
        audit.record("RETURN", AUDIT_TYPE, String.valueOf(id), "Trả lại số liệu của " + unit.fullName() + " kỳ "
                + entry.period().code() + ": " + comment.strip(), snapshot(entry), snapshot(after));
        return after;
    }

    /** Anyone who may see the unit may comment. */
    public void comment(long id, String text) {
        if (text == null || text.isBlank()) {
            throw new EntryRefused("indicators.entry.comment.required");
        }
        Entry entry = require(id);
        UnitView unit = entryUnit(indicator(entry.indicatorCode()), entry.unitCode(), entry.period());
        Actor actor = actor();
        if (!actor.scope().canView(unit.path()) && !actor.scope().canManage(EntryPolicy.parentPath(unit))
                && !(entry.status() == EntryStatus.SUBMITTED && approver(entry, unit).admits(actor))) {
            throw new EntryRefused("indicators.entry.refused.scope");
        }
        store.event(id, actor.username(), "COMMENT", null, text.strip());
        audit.record("COMMENT", AUDIT_TYPE, String.valueOf(id), "Ý kiến về số liệu của " + unit.fullName() + ": "
                + text.strip(), null, java.util.Map.of("comment", text.strip()));
    }

    private Entry require(long id) {
        return store.find(id).orElseThrow(() -> new EntryRefused("indicators.entry.refused.missing"));
    }

    private static void require(EntryPolicy.Decision decision) {
        if (!decision.allowed()) {
            throw new EntryRefused(decision.reasonKey(), decision.args().toArray());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Map<String, Object> snapshot(Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", e.indicatorCode());
        m.put("unit", e.unitCode());
        m.put("period", e.period().code());
        m.put("status", e.status().name());
        m.put("numerator", e.numerator());
        m.put("denominator", e.denominator());
        m.put("approvedNumerator", e.approvedNumerator());
        m.put("approvedDenominator", e.approvedDenominator());
        m.put("note", e.note());
        return m;
    }
}
