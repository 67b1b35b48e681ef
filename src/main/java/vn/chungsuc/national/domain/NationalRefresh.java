package vn.chungsuc.national.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.indicators.IndicatorsApi;
import vn.chungsuc.shared.platform.ClusterLocks;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitRef;

/**
 * On a province instance ({@code chungsuc.national.province-code} set, {@code chungsuc.national.enabled} false):
 * every {@code chungsuc.national.refresh} the facts of the indicators are copied into {@code national_fact}, once
 * across the instances on the database ({@link ClusterLocks}), changing only what differs. The figures are kept
 * current by the indicators module as each fact changes; the national view may lag them by one refresh.
 */
@Component
public class NationalRefresh {

    private static final Logger log = LoggerFactory.getLogger(NationalRefresh.class);

    private final IndicatorsApi indicators;
    private final TerritoryApi territory;
    private final ClusterLocks locks;
    private final FactPublisher publisher;
    private final TransactionTemplate tx;
    private final String province;
    private final boolean national;
    private volatile FactPublisher.Result last;

    NationalRefresh(IndicatorsApi indicators, TerritoryApi territory, ClusterLocks locks, JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            @Value("${chungsuc.national.province-code:}") String province,
            @Value("${chungsuc.national.enabled:false}") boolean national) {
        this.indicators = indicators;
        this.territory = territory;
        this.locks = locks;
        this.publisher = new FactPublisher(jdbc);
        this.tx = new TransactionTemplate(transactions);
        this.province = province.strip();
        this.national = national;
        if (!this.province.isEmpty() && !this.province.matches("[0-9]{2}")) {
            throw new IllegalStateException("chungsuc.national.province-code must be the province's two-digit code");
        }
    }

    /** Whether this instance publishes (a province with its code configured). */
    public boolean publishing() {
        return !national && !province.isEmpty();
    }

    public String province() {
        return province;
    }

    /** What the last pass changed; null before the first. */
    public FactPublisher.Result last() {
        return last;
    }

    @Scheduled(initialDelayString = "${chungsuc.national.refresh:PT1M}",
            fixedDelayString = "${chungsuc.national.refresh:PT1M}")
    void scheduled() {
        if (publishing()) {
            locks.runIfFree("national-facts", this::refresh);
        }
    }

    /** One pass, in one transaction. */
    public FactPublisher.Result refresh() {
        FactPublisher.Result r = tx.execute(s -> publisher.publish(province, indicators::eachFact,
                code -> territory.latest(code).map(UnitRef::fullName).orElse(code)));
        last = r;
        if (r != null && (r.inserted() + r.updated() + r.deleted()) > 0) {
            log.info("national facts of province {}: {} new, {} changed, {} gone, {} in all", province,
                    r.inserted(), r.updated(), r.deleted(), r.total());
        }
        return r;
    }
}
