package vn.chungsuc.indicators.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.shared.stats.IndicatorContribution;
import vn.chungsuc.shared.stats.IndicatorDefinition;

/**
 * Stores the indicators feature modules define ({@link IndicatorContribution}) once the migrations have run and
 * before any start-up runner (the demo, the recounts): a new definition is inserted, a changed one stored again, an
 * unchanged one left as it is (with an officer's edits). A module adds its indicators without an indicators
 * migration.
 */
@Component
class ContributedIndicators implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ContributedIndicators.class);

    private final ObjectProvider<IndicatorContribution> contributions;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final IndicatorStore indicators;

    ContributedIndicators(ObjectProvider<IndicatorContribution> contributions, JdbcClient jdbc,
            PlatformTransactionManager transactions, IndicatorStore indicators) {
        this.indicators = indicators;
        this.contributions = contributions;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public void afterSingletonsInstantiated() {
        tx.executeWithoutResult(status -> contributions.orderedStream().forEach(contribution -> {
            String module = moduleOf(AopUtils.getTargetClass(contribution));
            contribution.indicators().forEach(definition -> store(module, definition));
        }));
    }

    /** Whether the definition was stored (new or changed since its module last contributed it). */
    boolean store(String module, IndicatorDefinition d) {
        String text = d.toString();
        boolean unchanged = jdbc.sql("select definition from indicators_contributed where indicator_code = ?")
                .param(d.code()).query(String.class).optional().filter(text::equals).isPresent();
        if (unchanged) {
            return false;
        }
        indicators.written();
        jdbc.sql("""
                insert into indicators_indicator (code, name, method, entry_level, numerator_label, denominator_label,
                                                  denominator_required, numerator_metric, denominator_metric,
                                                  records_link, description)
                values (:code, :name, :method, :level, :num, :den, :req, :numMetric, :denMetric, :link, :desc)
                on conflict (code) do update set name = excluded.name, method = excluded.method,
                    entry_level = excluded.entry_level, numerator_label = excluded.numerator_label,
                    denominator_label = excluded.denominator_label,
                    denominator_required = excluded.denominator_required,
                    numerator_metric = excluded.numerator_metric, denominator_metric = excluded.denominator_metric,
                    records_link = excluded.records_link, description = excluded.description, updated_at = now()""")
                .param("code", d.code()).param("name", d.name())
                .param("method", (d.computed() ? Method.COMPUTED : Method.ENTERED).name())
                .param("level", (d.enteredAtResidentialArea() ? EntryLevel.RESIDENTIAL_AREA : EntryLevel.COMMUNE)
                        .name())
                .param("num", d.numeratorLabel()).param("den", d.denominatorLabel())
                .param("req", d.denominatorRequired()).param("numMetric", d.numeratorMetric())
                .param("denMetric", d.denominatorMetric()).param("link", d.recordsLink())
                .param("desc", d.description())
                .update();
        jdbc.sql("""
                insert into indicators_contributed (indicator_code, module, definition) values (?, ?, ?)
                on conflict (indicator_code) do update set module = excluded.module,
                    definition = excluded.definition, applied_at = now()""")
                .params(d.code(), module, text).update();
        log.info("Indicator {} stored as contributed by {}", d.code(), module);
        return true;
    }

    private static String moduleOf(Class<?> type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : type.getPackageName();
    }
}
