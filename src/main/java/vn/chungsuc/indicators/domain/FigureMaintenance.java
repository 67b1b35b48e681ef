package vn.chungsuc.indicators.domain;

import vn.chungsuc.shared.time.Period;
import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.shared.stats.StatisticChanged;
import vn.chungsuc.shared.stats.StatisticSource;
import vn.chungsuc.territory.UnitAdded;
import vn.chungsuc.territory.UnitDissolved;
import vn.chungsuc.territory.UnitMoved;
import vn.chungsuc.territory.UnitRenamed;
import vn.chungsuc.territory.UnitsImported;
import vn.chungsuc.territory.UnitsMerged;

/**
 * Keeps the facts of computed indicators and the figures current without a nightly job.
 *
 * <ul>
 * <li>A computed indicator is counted from its sources the first time a period of it is asked for; from then on
 * each {@link StatisticChanged} (after the commit of the write that changed a count) recounts its metric for the
 * periods ending on or after the change, at the unit the event names only (all units when it names none). Recounts
 * run on one background thread that merges a burst of changes to the same metric (an import of a thousand
 * households) into one recount of the units they name, so the figures move within a second of the commit and the
 * writer never waits; a province of a million households costs a single write no more than its own area does.</li>
 * <li>A change to the units (merger, move, new area…) clears the placements, re-reads the settings of facts from
 * its date on and drops the figure sets of view dates from then on; they are rebuilt when next asked for.</li>
 * </ul>
 *
 * <p>Values entered by officers do not pass through here: their approval changes the facts and figures in its own
 * transaction ({@link Entries}).
 */
@Component
public class FigureMaintenance {

    private static final Logger log = LoggerFactory.getLogger(FigureMaintenance.class);

    private final IndicatorStore indicators;
    private final FactBook book;
    private final ObjectProvider<StatisticSource> sources;
    private final TransactionTemplate separately;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "indicators-recount");
        t.setDaemon(true);
        return t;
    });
    /** Beyond this many units named, a metric is recounted for all units at once (one grouped scan). */
    static final int MAX_NAMED_UNITS = 2_000;

    private final Map<String, Change> pending = new LinkedHashMap<>();
    private boolean draining;

    FigureMaintenance(IndicatorStore indicators, FactBook book, ObjectProvider<StatisticSource> sources,
            PlatformTransactionManager transactions) {
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
            if (counter == null) {
                counter = counter();
            }
            if (!counter.provides(indicator.numeratorMetric())) {
                continue;
            }
            Set<Period> counted = book.countedPeriods(indicator.code());
            for (Period period : periods) {
                if (!counted.contains(period)) {
                    count(indicator, period, counter);
                }
            }
        }
    }

    /**
     * After a start, recount what has been counted before: changes announced while the application was down, or
     * lost with a crash between a commit and its recount, are caught up.
     */
    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        indicators.all().stream().filter(i -> !i.entered()).forEach(i -> {
            enqueue(i.numeratorMetric(), null, null);
            if (i.denominatorMetric() != null) {
                enqueue(i.denominatorMetric(), null, null);
            }
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(StatisticChanged changed) {
        enqueue(changed.metricCode(), changed.from(), changed.unitCode());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UnitAdded e) {
        territoryChanged(e.validFrom());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UnitsMerged e) {
        territoryChanged(e.effectiveOn());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UnitMoved e) {
        territoryChanged(e.effectiveOn());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UnitRenamed e) {
        territoryChanged(e.effectiveOn());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UnitDissolved e) {
        territoryChanged(e.effectiveOn());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UnitsImported e) {
        territoryChanged(e.validFrom());
    }

    /** Whether no recount is waiting or running. */
    public synchronized boolean idle() {
        return pending.isEmpty() && !draining;
    }

    /**
     * Recounts the indicators that count the metric itself ({@code counting}) or only divide by it, for every
     * counted period ending on or after the date (null: all periods) and at the units given (null: all units): a
     * change to the residential areas moves the "residential areas" figure before the shares whose denominator they
     * are.
     */
    private void recount(String metric, Change change, boolean counting) {
        MetricCounter counter = counter();
        for (Indicator indicator : indicators.computedUsing(metric)) {
            if (metric.equals(indicator.numeratorMetric()) != counting) {
                continue;
            }
            for (Period period : book.countedPeriods(indicator.code())) {
                if (change.from() == null || !period.end().isBefore(change.from())) {
                    if (change.units() == null) {
                        count(indicator, period, counter);
                    } else {
                        Map<String, Fraction> values = ComputedFacts.count(indicator, period, counter, change.units())
                                .orElse(Map.of());
                        separately.executeWithoutResult(status ->
                                book.replaceUnits(indicator.code(), period, values, change.units()));
                    }
                }
            }
        }
    }

    private void territoryChanged(LocalDate from) {
        separately.executeWithoutResult(status -> book.resettle(from));
        vn.chungsuc.territory.TerritoryMetrics.codes().forEach(metric -> enqueue(metric, from, null));
    }

    private void count(Indicator indicator, Period period, MetricCounter counter) {
        Map<String, Fraction> values = ComputedFacts.count(indicator, period, counter).orElse(Map.of());
        separately.executeWithoutResult(status -> book.replace(indicator.code(), period, values, true));
    }

    /**
     * What is waiting to be recounted for a metric: from which date (null: every period) and at which units (null:
     * all of them).
     */
    record Change(LocalDate from, Set<String> units) {

        static Change of(LocalDate from, String unit) {
            return new Change(from, unit == null ? null : Set.of(unit));
        }

        /** Both changes at once: the earlier date, the units of both (all of them once too many are named). */
        Change and(Change other) {
            LocalDate earlier = from == null || other.from == null ? null
                    : from.isBefore(other.from) ? from : other.from;
            if (units == null || other.units == null) {
                return new Change(earlier, null);
            }
            Set<String> both = new HashSet<>(units);
            both.addAll(other.units);
            return new Change(earlier, both.size() > MAX_NAMED_UNITS ? null : both);
        }
    }

    private synchronized void enqueue(String metric, LocalDate from, String unit) {
        pending.merge(metric, Change.of(from, unit), Change::and);
        if (!draining) {
            draining = true;
            worker.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            Map<String, Change> batch;
            synchronized (this) {
                if (pending.isEmpty()) {
                    draining = false;
                    return;
                }
                batch = new LinkedHashMap<>(pending);
                pending.clear();
            }
            // The counts of the changed metrics first, then the shares that only divide by them.
            for (boolean counting : new boolean[] {true, false}) {
                batch.forEach((metric, change) -> {
                    try {
                        recount(metric, change, counting);
                    } catch (RuntimeException e) {
                        log.error("Recount of metric {} ({}) failed; the next change or a recomputation repairs it",
                                metric, change, e);
                    }
                });
            }
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
