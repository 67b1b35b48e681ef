package vn.chungsuc.indicators.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.shared.time.Today;

/**
 * Before the application says it is ready, makes sure every figure set the dashboard offers exists, so that no
 * officer waits while one is counted or rolled up (issue 13 item 11: the first load after a start took 16,8 s). For
 * each programme: the computed indicators counted for every year and first half the dashboard lists (the
 * programme's years and up to five after, not beyond this year), and every indicator rolled up on the units of each
 * period's end and of today. Dates with the same tree of units share one set ({@link UnitPlacements#sameTreeAs}),
 * so on the demo this is three trees (2015, 1/12/2019, 1/7/2025), not one per date.
 *
 * <p>Bounded: it stops after {@code chungsuc.indicators.warm-up.max-seconds} (0 turns it off; what is left is built
 * when first asked for, as before). Sets persist in the database, so after the first start it only checks. The last
 * start-up runner (after {@link FigureMaintenance}'s recount), so readiness stays {@code REFUSING_TRAFFIC} meanwhile.
 */
@Component
class DashboardWarmUp implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DashboardWarmUp.class);

    private final CampaignApi campaign;
    private final IndicatorStore indicators;
    private final FigureMaintenance maintenance;
    private final FactBook book;
    private final UnitPlacements placements;
    private final Today today;
    private final long maxSeconds;

    DashboardWarmUp(CampaignApi campaign, IndicatorStore indicators, FigureMaintenance maintenance, FactBook book,
            UnitPlacements placements, Today today,
            @Value("${chungsuc.indicators.warm-up.max-seconds:600}") long maxSeconds) {
        this.campaign = campaign;
        this.indicators = indicators;
        this.maintenance = maintenance;
        this.book = book;
        this.placements = placements;
        this.today = today;
        this.maxSeconds = maxSeconds;
    }

    /** What a warm-up did: the (indicator, period, tree) sets checked, and whether it ran out of time. */
    record Summary(int sets, int trees, long millis, boolean cutShort) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (maxSeconds <= 0) {
            log.info("Dashboard warm-up off (chungsuc.indicators.warm-up.max-seconds=0)");
            return;
        }
        Summary s = warmUp(maxSeconds * 1000);
        log.info("Dashboard warm-up: {} figure sets on {} trees of units checked or built in {} ms{}", s.sets(),
                s.trees(), s.millis(), s.cutShort() ? " (stopped at the time limit; the rest is built when asked)"
                        : "");
    }

    Summary warmUp(long budgetMillis) {
        long start = System.nanoTime();
        List<Indicator> all = indicators.all();
        List<String> codes = all.stream().map(Indicator::code).toList();
        LocalDate now = today.date();
        int sets = 0;
        Set<LocalDate> trees = new LinkedHashSet<>();
        for (ProgrammeView p : campaign.programmes()) {
            List<Period> periods = new ArrayList<>();
            int last = Math.max(p.periodTo(), Math.min(now.getYear(), p.periodTo() + 5));
            for (int year = p.periodFrom(); year <= last; year++) {
                periods.add(Period.year(year));
                periods.add(Period.firstHalf(year));
            }
            maintenance.ensureCounted(all, periods);
            Set<LocalDate> views = new LinkedHashSet<>();
            periods.forEach(period -> views.add(placements.sameTreeAs(period.end())));
            views.add(placements.sameTreeAs(now));
            for (LocalDate view : views) {
                if ((System.nanoTime() - start) / 1_000_000 > budgetMillis) {
                    return new Summary(sets, trees.size(), (System.nanoTime() - start) / 1_000_000, true);
                }
                book.ensureFigures(codes, periods, view);
                sets += codes.size() * periods.size();
                trees.add(view);
            }
        }
        return new Summary(sets, trees.size(), (System.nanoTime() - start) / 1_000_000, false);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
