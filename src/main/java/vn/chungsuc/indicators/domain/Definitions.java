package vn.chungsuc.indicators.domain;

import vn.chungsuc.indicators.IndicatorsPermissions;
import vn.chungsuc.shared.time.Period;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.campaign.IndicatorChoices;
import vn.chungsuc.shared.audit.AuditLog;

/**
 * The indicator catalogue: Front officers and administrators switch an indicator between entered and computed (once
 * a module publishes its metrics) and set where its records are listed; the facts are then recomputed. Also offers
 * the campaign module the indicators a target can be measured by.
 */
@Service
public class Definitions implements IndicatorChoices {

    private final IndicatorStore store;
    private final Recomputation recomputation;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final IndicatorsPermissions permissions;

    Definitions(IndicatorStore store, Recomputation recomputation, AuditLog audit,
            PlatformTransactionManager transactions, IndicatorsPermissions permissions) {
        this.permissions = permissions;
        this.store = store;
        this.recomputation = recomputation;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public List<Choice> choices() {
        return store.all().stream().map(i -> new Choice(i.code(), i.name())).toList();
    }

    public boolean mayEdit() {
        return permissions.may("definition.edit");
    }

    /** Changes how an indicator is measured and recomputes its facts for the periods given. */
    public Indicator change(String code, Method method, String numeratorMetric, String denominatorMetric,
            String recordsLink, List<Period> periods) {
        Indicator changed = transaction.execute(status -> update(code, method, numeratorMetric, denominatorMetric,
                recordsLink));
        recomputation.recompute(changed, periods);
        return changed;
    }

    private Indicator update(String code, Method method, String numeratorMetric, String denominatorMetric,
            String recordsLink) {
        if (!mayEdit()) {
            throw new AccessDeniedException("not a Front officer");
        }
        Indicator before = store.find(code).orElseThrow(() -> new EntryRefused("indicators.entry.refused.indicator",
                code));
        if (method == Method.COMPUTED && blank(numeratorMetric)) {
            throw new EntryRefused("indicators.definition.metricRequired");
        }
        if (!blank(recordsLink) && !vn.chungsuc.shared.web.LocalLinks.local(recordsLink.strip())) {
            // A link others follow from the dashboard: a path inside the application only (no open redirect).
            throw new EntryRefused("indicators.definition.recordsLinkLocal");
        }
        Indicator after = new Indicator(before.code(), before.name(), method, before.entryLevel(),
                before.numeratorLabel(), before.denominatorLabel(), before.denominatorRequired(),
                blank(numeratorMetric) ? null : numeratorMetric.strip(),
                blank(denominatorMetric) ? null : denominatorMetric.strip(),
                blank(recordsLink) ? null : recordsLink.strip(), before.description());
        store.update(after);
        audit.record("UPDATE", "indicators.indicator", code, "Sửa cách đo chỉ số " + before.name(),
                Map.of("method", before.method().name(), "numeratorMetric", String.valueOf(before.numeratorMetric()),
                        "denominatorMetric", String.valueOf(before.denominatorMetric()),
                        "recordsLink", String.valueOf(before.recordsLink())),
                Map.of("method", after.method().name(), "numeratorMetric", String.valueOf(after.numeratorMetric()),
                        "denominatorMetric", String.valueOf(after.denominatorMetric()),
                        "recordsLink", String.valueOf(after.recordsLink())));
        return after;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
