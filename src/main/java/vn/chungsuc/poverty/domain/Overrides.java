package vn.chungsuc.poverty.domain;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.poverty.PovertyClass;
import vn.chungsuc.shared.audit.AuditLog;

/** An officer's override of a computed class, with a reason; audited, and counted instead of the computed class. */
@Component
public class Overrides {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final PovertyStatuses statuses;

    Overrides(JdbcClient jdbc, AuditLog audit, PovertyStatuses statuses) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.statuses = statuses;
    }

    /** Sets (or with a null class, removes) the override. */
    @Transactional
    public void set(ListEntry entry, PovertyClass chosen, String reason, String by) {
        jdbc.sql("""
                update poverty_classification set override_result = :result, override_reason = :reason,
                  overridden_by = :by, overridden_at = now() where household_code = :code and year = :year""")
                .param("result", chosen == null ? null : chosen.name())
                .param("reason", chosen == null ? null : reason).param("by", chosen == null ? null : by)
                .param("code", entry.householdCode()).param("year", entry.year()).update();
        audit.record(chosen == null ? "OVERRIDE_REMOVE" : "OVERRIDE", "POVERTY_CLASSIFICATION",
                entry.householdCode() + "/" + entry.year(), "Điều chỉnh phân loại hộ " + entry.householdCode()
                        + " năm " + entry.year() + ": " + reason,
                Map.of("result", entry.result().name(), "override", String.valueOf(entry.overrideResult())),
                Map.of("override", String.valueOf(chosen), "reason", reason));
        statuses.householdChanged(entry.areaCode(), entry.householdCode(),
                entry.decidedOn() == null ? LocalDate.of(entry.year(), 1, 1) : entry.decidedOn());
    }
}
