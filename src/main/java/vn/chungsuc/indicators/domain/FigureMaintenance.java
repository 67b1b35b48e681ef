package vn.chungsuc.indicators.domain;

import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.util.Collection;
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
 * periods ending on or after the change. Recounts run on one background thread that merges a burst of changes to
 * the same metric (an import of a thousand households) into one recount, so the figures move within a second of
 * the commit and the writer never waits.</li>
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
    private final Map<String, LocalDate> pending = new LinkedHashMap<>();
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
            enqueue(i.numeratorMetric(), null);
            if (i.denominatorMetric() != null) {
                enqueue(i.denominatorMetric(), null);
            }
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(StatisticChanged changed) {
        enqueue(changed.metricCode(), changed.from());
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

    /** Recounts a metric for every counted period ending on or after the date (null: all periods), now. */
    public void recount(String metric, LocalDate from) {
        recount(metric, from, true);
        recount(metric, from, false);
    }

    /**
     * Recounts the indicators that count the metric itself ({@code counting}) or only divide by it: a change to the
     * residential areas moves the "residential areas" figure before the shares whose denominator they are.
     */
    private void recount(String metric, LocalDate from, boolean counting) {
        MetricCounter counter = counter();
        for (Indicator indicator : indicators.computedUsing(metric)) {
            if (metric.equals(indicator.numeratorMetric()) != counting) {
                continue;
            }
            for (Period period : book.countedPeriods(indicator.code())) {
                if (from == null || !period.end().isBefore(from)) {
                    count(indicator, period, counter);
                }
            }
        }
    }

    private void territoryChanged(LocalDate from) {
        separately.executeWithoutResult(status -> book.resettle(from));
        vn.chungsuc.territory.TerritoryMetrics.codes().forEach(metric -> enqueue(metric, from));
    }

    private void count(Indicator indicator, Period period, MetricCounter counter) {
        Map<String, Fraction> values = ComputedFacts.count(indicator, period, counter).orElse(Map.of());
        separately.executeWithoutResult(status -> book.replace(indicator.code(), period, values, true));
    }

    private synchronized void enqueue(String metric, LocalDate from) {
        pending.merge(metric, from == null ? LocalDate.MIN : from, (a, b) -> a.isBefore(b) ? a : b);
        if (!draining) {
            draining = true;
            worker.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            Map<String, LocalDate> batch;
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
                batch.forEach((metric, from) -> {
                    try {
                        recount(metric, from.equals(LocalDate.MIN) ? null : from, counting);
                    } catch (RuntimeException e) {
                        log.error("Recount of metric {} from {} failed; the next change or a recomputation repairs it",
                                metric, from, e);
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
