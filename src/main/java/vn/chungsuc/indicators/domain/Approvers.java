package vn.chungsuc.indicators.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.permission.Function;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.territory.Bodies;
import vn.chungsuc.territory.Body;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * Who approves the entered figures: the configuration an administrator keeps (per unit and date, see
 * {@link ApproverRule}) and, where it says nothing, the default of {@link ApproverPolicy}, both read on the
 * figure's date (the end of its period, or the last day of a unit that ended during it), so that a 2021 figure is
 * approved by the bodies of 2021 and a 2026 one by those of the two-level government.
 */
@Service
@Transactional(readOnly = true)
public class Approvers {

    static final String AUDIT_TYPE = "indicators.approver";

    private final ApproverStore store;
    private final IndicatorStore indicators;
    private final TerritoryApi territory;
    private final Bodies bodies;
    private final AuditLog audit;

    Approvers(ApproverStore store, IndicatorStore indicators, TerritoryApi territory, Bodies bodies, AuditLog audit) {
        this.store = store;
        this.indicators = indicators;
        this.territory = territory;
        this.bodies = bodies;
        this.audit = audit;
    }

    /** The date a unit's figure for the period is judged on: the period's end, or the unit's last day in it. */
    public static LocalDate dateOf(UnitView unit, Period period) {
        LocalDate end = period.end();
        return unit.validOn(end) || unit.validTo() == null ? end : unit.validTo().minusDays(1);
    }

    /** Who approves the figure of the indicator for the unit (its version in the period) and period. */
    public Approver forEntry(String indicator, UnitView unit, Period period) {
        return resolve(indicator, unit, dateOf(unit, period));
    }

    /** Who approves the figure of the indicator for the unit as it was on the date. */
    public Approver resolve(String indicator, UnitView unit, LocalDate on) {
        UnitView parent = unit.parentCode() == null ? null : unitOn(unit.parentCode(), on).orElse(null);
        return ApproverPolicy.decide(new ApproverPolicy.Situation(indicator, unit, parent, on,
                store.onUnits(unit.pathCodes()), bodies::find, code -> unitOn(code, on),
                store.owner(indicator).orElse(null), parent == null ? List.of() : bodies.of(parent.code(), on),
                bodies.of(unit.code(), on)));
    }

    /** The unit on the date, or its version nearest before it (a body's unit that has ended). */
    private Optional<UnitView> unitOn(String code, LocalDate on) {
        return territory.find(code, on, UnitScope.ALL).or(() -> territory.versions(code, UnitScope.ALL).stream()
                .filter(v -> !v.validFrom().isAfter(on)).reduce((a, b) -> b));
    }

    public List<ApproverRule> rules() {
        return store.all();
    }

    public Map<String, Function> owners() {
        return store.owners();
    }

    /** What an administrator types for a line. */
    public record NewRule(String unitCode, String indicatorCode, String bodyCode, LocalDate validFrom,
            LocalDate validTo, String basis) {
    }

    @Transactional
    public ApproverRule add(NewRule r, String actor) {
        String unit = r.unitCode() == null ? "" : r.unitCode().strip().toUpperCase();
        if (unit.isEmpty() || territory.versions(unit, UnitScope.ALL).isEmpty()) {
            throw new Refused("unit", "indicators.approvers.unit.unknown", unit);
        }
        String indicator = r.indicatorCode() == null || r.indicatorCode().isBlank() ? null : r.indicatorCode().strip();
        if (indicator != null && indicators.find(indicator).filter(Indicator::entered).isEmpty()) {
            throw new Refused("indicator", "indicators.approvers.indicator.unknown", indicator);
        }
        String bodyCode = r.bodyCode() == null ? "" : r.bodyCode().strip().toUpperCase();
        Body body = bodies.find(bodyCode)
                .orElseThrow(() -> new Refused("body", "indicators.approvers.body.unknown", bodyCode));
        if (r.validFrom() == null || !Dates.inBounds(r.validFrom())) {
            throw new Refused("validFrom", "indicators.approvers.from.required");
        }
        if (r.validTo() != null && (!Dates.inBounds(r.validTo()) || !r.validTo().isAfter(r.validFrom()))) {
            throw new Refused("validTo", "indicators.approvers.to.beforeFrom");
        }
        String basis = r.basis() == null || r.basis().isBlank() ? null : r.basis().strip();
        if (basis != null && basis.length() > 500) {
            throw new Refused("basis", "indicators.approvers.basis.size");
        }
        long id = store.insert(unit, indicator, body.code(), r.validFrom(), r.validTo(), basis, actor);
        ApproverRule added = store.find(id).orElseThrow();
        audit.record("CREATE", AUDIT_TYPE, String.valueOf(id), "Giao " + body.name() + " duyệt số liệu của đơn vị "
                + unit + (indicator == null ? "" : " (" + indicator + ")") + " từ " + Dates.show(r.validFrom()),
                null, snapshot(added));
        return added;
    }

    /** Ends a line: the last day it holds is the day before {@code endOn}. */
    @Transactional
    public ApproverRule end(long id, LocalDate endOn, String actor) {
        ApproverRule before = store.find(id)
                .orElseThrow(() -> new Refused(null, "indicators.approvers.missing"));
        if (before.validTo() != null) {
            throw new Refused("endOn", "indicators.approvers.end.already");
        }
        if (endOn == null || !Dates.inBounds(endOn) || !endOn.isAfter(before.validFrom())) {
            throw new Refused("endOn", "indicators.approvers.to.beforeFrom");
        }
        store.end(id, endOn, actor);
        ApproverRule after = store.find(id).orElseThrow();
        audit.record("END", AUDIT_TYPE, String.valueOf(id), "Kết thúc phân công duyệt số liệu của đơn vị "
                + before.unitCode() + " từ " + Dates.show(endOn), snapshot(before), snapshot(after));
        return after;
    }

    /** Sets the function whose body owns the indicator's figures at the level above; null gives it back to the Front. */
    @Transactional
    public void owner(String indicator, Function function, String actor) {
        Indicator i = indicators.find(indicator)
                .orElseThrow(() -> new Refused("indicator", "indicators.approvers.indicator.unknown", indicator));
        Function before = store.owner(i.code()).orElse(null);
        store.owner(i.code(), function == Function.FRONT ? null : function, actor);
        audit.record("UPDATE", "indicators.indicator", i.code(), "Đơn vị chủ trì chỉ số " + i.name() + ": "
                + (function == null ? Function.FRONT : function), Map.of("owner", String.valueOf(before)),
                Map.of("owner", String.valueOf(function)));
    }

    private static Map<String, Object> snapshot(ApproverRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", r.unitCode());
        m.put("indicator", r.indicatorCode());
        m.put("body", r.bodyCode());
        m.put("validFrom", r.validFrom().toString());
        m.put("validTo", r.validTo() == null ? null : r.validTo().toString());
        m.put("basis", r.basis());
        return m;
    }
}
