package vn.chungsuc.indicators.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.shared.stats.StatisticChanged;
import vn.chungsuc.shared.stats.StatisticSource;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.territory.TerritoryMetrics;
import vn.chungsuc.territory.UnitsChanged;

/**
 * Keeps the facts of computed indicators and the figures current without a nightly job.
 *
 * <ul>
 * <li>A computed indicator is counted from its sources the first time a period of it is asked for; from then on
 * each {@link StatisticChanged} recounts its metric for the periods ending on or after the change, at the units the
 * event names only (all units when it names none, or more than {@link #MAX_NAMED_UNITS}).</li>
 * <li>A change to the units ({@link UnitsChanged}: merger, move, new area…) clears the placements, re-reads the
 * settings of facts from its date on, drops the figure sets of view dates from then on (they are rebuilt when next
 * asked for) and recounts the territory's own metrics.</li>
 * </ul>
 *
 * <p>Both are Spring Modulith module listeners: they run after the commit of the write, on a thread of their own,
 * and the event's publication (table {@code event_publication}) is completed only when the recount is done. A
 * recount that fails or is cut short by a crash leaves its publication incomplete, and it is delivered again (at the
 * next start, {@code spring.modulith.events.republish-outstanding-events-on-restart}); a recount is idempotent, so
 * a second delivery puts the figures right whatever the first one wrote.
 *
 * <p>Changes of one metric that arrive while it is being recounted wait together and are recounted once, by the
 * next recount, over the union of their units from the earliest of their dates ({@link RecountBatches}); each
 * event's publication is completed only when that recount is done.
 *
 * <p>Recounts of the same facts never interleave: each (indicator, period) is recounted in a transaction of its own
 * that first takes the PostgreSQL transaction-level advisory lock {@link FactBook#guard} of that indicator and period
 * (the one every change of its facts takes) and only then counts. Of two recounts that touch the same facts —
 * those of one metric, or a count and a share that divides by another metric — the later one counts after the
 * earlier one committed, so an older count can never overwrite a newer one. The lock is per indicator and period
 * rather than per metric because an indicator's facts move with two metrics (its numerator and its denominator).
 *
 * <p>At start, before the application reports itself ready, everything counted before is recounted
 * ({@link #run}): a change lost before the publication registry existed, or made by another instance's writer
 * whose listener never ran, is caught up.
 *
 * <p>Values entered by officers do not pass through here: their approval changes the facts and figures in its own
 * transaction ({@link Entries}).
 */
@Component
public class FigureMaintenance implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(FigureMaintenance.class);

    /** Beyond this many units named, a metric is recounted for all units at once (one grouped scan). */
    static final int MAX_NAMED_UNITS = 2_000;

    private final IndicatorStore indicators;
    private final FactBook book;
    private final ObjectProvider<StatisticSource> sources;
    private final TransactionTemplate separately;
    private final FigureMetrics metrics;
    private final vn.chungsuc.shared.platform.ClusterLocks locks;
    private final RecountBatches batches = new RecountBatches(MAX_NAMED_UNITS);

    FigureMaintenance(IndicatorStore indicators, FactBook book, ObjectProvider<StatisticSource> sources,
            PlatformTransactionManager transactions, FigureMetrics metrics,
            vn.chungsuc.shared.platform.ClusterLocks locks) {
        this.locks = locks;
        this.metrics = metrics;
        this.indicators = indicators;
        this.book = book;
        this.sources = sources;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public MetricCounter counter() {
        return new MetricCounter(sources.orderedStream().toList());
    }

    /** Counts the computed indicators for the periods not counted yet (those whose metrics some source provides). */
    public void ensureCounted(Collection<Indicator> wanted, Collection<Period> periods) {
        MetricCounter counter = null;
        for (Indicator indicator : wanted) {
            if (indicator.entered()) {
                continue;
            }
            // What was counted is known without a query most of the time; the sources are looked up only when a
            // period is missing.
            Set<Period> counted = book.countedPeriodsKept(indicator.code());
            if (counted.containsAll(periods)) {
                continue;
            }
            if (counter == null) {
                counter = counter();
            }
            if (!counter.provides(indicator.numeratorMetric())) {
                continue;
            }
            for (Period period : periods) {
                if (!counted.contains(period)) {
                    count(indicator, period, Change.EVERYTHING, counter);
                }
            }
        }
    }

    /**
     * After a start, recount what has been counted before. An {@link ApplicationRunner}, the last of them, so that
     * the application's readiness stays {@code REFUSING_TRAFFIC} until the figures are caught up.
     */
    @Override
    public void run(ApplicationArguments args) {
        // One instance recounts at a time; one starting meanwhile waits and then recounts what is left (quickly:
        // only what differs is written).
        locks.runExclusively("startup.indicators.recount", this::recountCounted);
    }

    private void recountCounted() {
        long start = System.nanoTime();
        MetricCounter counter = counter();
        int periods = 0;
        for (Indicator indicator : indicators.all()) {
            if (!indicator.entered()) {
                for (Period period : book.countedPeriods(indicator.code())) {
                    count(indicator, period, Change.EVERYTHING, counter);
                    periods++;
                }
            }
        }
        log.info("Start-up recount of {} indicator periods in {} ms", periods, (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public int getOrder() {
        // Just before the dashboard's warm-up (DashboardWarmUp), which builds on the counts caught up here.
        return Ordered.LOWEST_PRECEDENCE - 1;
    }

    /**
     * Recounts the changed metric. No transaction around it: each indicator and period is recounted in a
     * transaction of its own under its lock, so a long recount holds neither a second connection nor many locks.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(StatisticChanged changed) {
        Change change = Change.of(changed.from(), changed.unitCodes());
        // Changes of the metric that come in while it is being recounted are recounted together by the next recount.
        batches.recount(changed.metricCode(), new RecountBatches.Change(change.from(), change.units()),
                merged -> metrics.recount().record(() -> recount(Set.of(changed.metricCode()),
                        new Change(merged.from(), merged.units()))));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(UnitsChanged changed) {
        LocalDate from = changed.changedFrom();
        separately.executeWithoutResult(status -> book.resettle(from));
        recount(TerritoryMetrics.codes(), new Change(from, null));
    }

    /**
     * Recounts the indicators that count the metrics (first) and then those that only divide by them, for every
     * counted period ending on or after the change's date, at its units: a change to the residential areas moves
     * the "residential areas" figure before the shares whose denominator they are.
     */
    private void recount(Collection<String> metrics, Change change) {
        MetricCounter counter = counter();
        for (boolean counting : new boolean[] {true, false}) {
            for (String metric : new TreeSet<>(metrics)) {
                for (Indicator indicator : indicators.computedUsing(metric)) {
                    if (metric.equals(indicator.numeratorMetric()) != counting) {
                        continue;
                    }
                    for (Period period : book.countedPeriods(indicator.code())) {
                        if (change.from() == null || !period.end().isBefore(change.from())) {
                            count(indicator, period, change, counter);
                        }
                    }
                }
            }
        }
    }

    /** Counts one indicator and period (at the change's units) under its lock, and writes what differs. */
    private void count(Indicator indicator, Period period, Change change, MetricCounter counter) {
        separately.executeWithoutResult(status -> {
            book.guard(indicator.code(), period);
            Map<String, Fraction> values = ComputedFacts.count(indicator, period, counter, change.units())
                    .orElse(Map.of());
            if (change.units() == null) {
                book.replace(indicator.code(), period, values, true);
            } else {
                book.replaceUnits(indicator.code(), period, values, change.units());
            }
        });
    }

    /**
     * What a change asks to recount: from which date (null: every period) and at which units (null: all of them).
     */
    record Change(LocalDate from, Set<String> units) {

        static final Change EVERYTHING = new Change(null, null);

        /** The change an event names; too many units named become a recount of all units (one grouped scan). */
        static Change of(LocalDate from, Collection<String> units) {
            return new Change(from, units == null || units.size() > MAX_NAMED_UNITS ? null : Set.copyOf(units));
        }
    }
}
