package vn.chungsuc.indicators.domain;

import vn.chungsuc.shared.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes every fact from its records — approved entries for entered indicators, the sources' counts for
 * computed ones — and rebuilds every figure set from the facts, without using the differences the live path
 * applied. Equal figures before and after prove the live path right.
 */
@Service
public class Recomputation {

    private final IndicatorStore indicators;
    private final EntryStore entries;
    private final FactBook book;
    private final FigureMaintenance maintenance;
    private final TransactionTemplate separately;

    Recomputation(IndicatorStore indicators, EntryStore entries, FactBook book, FigureMaintenance maintenance,
            PlatformTransactionManager transactions) {
        this.indicators = indicators;
        this.entries = entries;
        this.book = book;
        this.maintenance = maintenance;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What a recomputation did. */
    public record Summary(int indicators, int periods, int figureSets, long millis) {
    }

    public Summary recomputeAll() {
        long start = System.nanoTime();
        List<FactBook.FigureSet> sets = book.figureSets();
        MetricCounter counter = maintenance.counter();
        int periods = 0;
        List<Indicator> all = indicators.all();
        for (Indicator indicator : all) {
            if (indicator.entered()) {
                Map<Period, Map<String, Fraction>> approved = entries.approved(indicator.code());
                Set<Period> touched = new TreeSet<>(approved.keySet());
                touched.addAll(book.factPeriods(indicator.code()));
                for (Period period : touched) {
                    Map<String, Fraction> values = approved.getOrDefault(period, Map.of());
                    separately.executeWithoutResult(s -> book.overwrite(indicator.code(), period, values, false));
                    periods++;
                }
            } else {
                for (Period period : book.countedPeriods(indicator.code())) {
                    separately.executeWithoutResult(s -> {
                        // Counted under the lock, so a recount running meanwhile cannot be overtaken.
                        book.guard(indicator.code(), period);
                        Map<String, Fraction> values = ComputedFacts.count(indicator, period, counter)
                                .orElse(Map.of());
                        book.overwrite(indicator.code(), period, values, true);
                    });
                    periods++;
                }
            }
        }
        for (FactBook.FigureSet set : sets) {
            book.ensureFigures(List.of(set.indicator()), List.of(set.period()), set.viewDate());
        }
        return new Summary(all.size(), periods, sets.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Recomputes from scratch the facts of one indicator whose method changed. */
    public void recompute(Indicator indicator, List<Period> periods) {
        separately.executeWithoutResult(s -> book.forget(indicator.code()));
        if (indicator.entered()) {
            entries.approved(indicator.code()).forEach((period, values) ->
                    separately.executeWithoutResult(s -> book.replace(indicator.code(), period, values, false)));
        } else {
            maintenance.ensureCounted(List.of(indicator), new ArrayList<>(periods));
        }
    }
}
