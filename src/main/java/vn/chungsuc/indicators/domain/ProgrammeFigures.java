package vn.chungsuc.indicators.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeChanged;
import vn.chungsuc.shared.time.Period;

/**
 * A programme or one of its targets changed: the computed indicators of its targets are counted for the
 * programme's years (the whole years and their first halves) right away, in the background, rather than while the
 * first officer to open the dashboard waits. Periods counted already are left alone (their figures are kept
 * current by {@link FigureMaintenance}).
 */
@Component
class ProgrammeFigures {

    private final CampaignApi campaign;
    private final IndicatorStore indicators;
    private final FigureMaintenance maintenance;

    ProgrammeFigures(CampaignApi campaign, IndicatorStore indicators, FigureMaintenance maintenance) {
        this.campaign = campaign;
        this.indicators = indicators;
        this.maintenance = maintenance;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ProgrammeChanged changed) {
        campaign.programme(changed.programmeId()).ifPresent(programme -> {
            Set<Indicator> wanted = new LinkedHashSet<>();
            campaign.targets(programme.id()).forEach(t -> indicators.find(t.indicatorCode()).ifPresent(wanted::add));
            List<Period> periods = new ArrayList<>();
            for (int year = programme.periodFrom(); year <= programme.periodTo(); year++) {
                periods.add(Period.firstHalf(year));
                periods.add(Period.year(year));
            }
            maintenance.ensureCounted(wanted, periods);
        });
    }
}
