package vn.chungsuc.indicators.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.indicators.IndicatorsApi;
import vn.chungsuc.indicators.TargetProgress;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.sections.ReportBlock;
import vn.chungsuc.shared.sections.ReportBlock.Cell;
import vn.chungsuc.shared.sections.ReportBlock.HeaderCell;
import vn.chungsuc.shared.sections.ReportKind;
import vn.chungsuc.shared.sections.ReportSection;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * The programme's targets against their goals in a unit's report, for every programme that runs in the unit (the
 * programme's unit is the unit or one of its ancestors on the period's last day) and covers the period: the same
 * figures as the dashboard and the public portal. A 6-month or yearly report shows each target's value, numerator
 * and denominator and status; a review (sơ kết, tổng kết: the programme's IV.3 and V) shows the value of each year
 * of the span and the status at its end. The assessment is proposed from the statuses; the officer may rewrite it.
 */
@Component
class TargetsReportSection implements ReportSection {

    private final CampaignApi campaign;
    private final IndicatorsApi indicators;
    private final TerritoryApi territory;
    private final MessageSource messages;

    TargetsReportSection(CampaignApi campaign, IndicatorsApi indicators, TerritoryApi territory,
            MessageSource messages) {
        this.campaign = campaign;
        this.indicators = indicators;
        this.territory = territory;
        this.messages = messages;
    }

    @Override
    public String key() {
        return "indicators.targets";
    }

    @Override
    public String titleKey() {
        return "indicators.report.title";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Set<ReportKind> kinds() {
        return EnumSet.allOf(ReportKind.class);
    }

    @Override
    public List<ReportBlock> blocks(String unitCode, Period period, Locale locale) {
        Optional<UnitView> unit = territory.find(unitCode, period.end(), UnitScope.ALL);
        if (unit.isEmpty()) {
            return List.of();
        }
        List<String> path = unit.get().pathCodes();
        List<ReportBlock> out = new ArrayList<>();
        for (ProgrammeView p : campaign.programmes()) {
            if (!path.contains(p.unitCode()) || !p.covers(period.year())) {
                continue;
            }
            List<ReportBlock> blocks = period.span() ? review(p, unit.get(), period, locale)
                    : period(p, unit.get(), period, locale);
            out.addAll(blocks);
        }
        return out;
    }

    private List<ReportBlock> period(ProgrammeView p, UnitView unit, Period period, Locale locale) {
        Optional<List<TargetProgress>> found = indicators.progress(p.id(), unit.code(), period.year(),
                period.firstHalf(), null, UnitScope.ALL);
        if (found.isEmpty()) {
            return List.of();
        }
        List<TargetProgress> targets = found.get();
        List<List<HeaderCell>> header = List.of(
                List.of(new HeaderCell(msg("indicators.report.col.no", locale), 1, 2),
                        new HeaderCell(msg("indicators.public.col.target", locale), 1, 2),
                        new HeaderCell(msg("indicators.public.col.goal", locale), 1, 2),
                        new HeaderCell(msg("indicators.public.col.value", locale), 3, 1),
                        new HeaderCell(msg("indicators.public.col.status", locale), 1, 2)),
                List.of(HeaderCell.of(msg("indicators.report.col.measure", locale)),
                        HeaderCell.of(msg("indicators.report.col.numerator", locale)),
                        HeaderCell.of(msg("indicators.report.col.denominator", locale))));
        List<List<Cell>> body = new ArrayList<>();
        int n = 1;
        for (TargetProgress t : targets) {
            body.add(List.of(Cell.number(n++), Cell.text(t.label()), Cell.text(t.goal() == null ? "—" : t.goal()),
                    Cell.number(t.value()), t.numerator() == null ? Cell.empty() : Cell.number(t.numerator()),
                    t.denominator() == null ? Cell.empty() : Cell.number(t.denominator()),
                    Cell.text(msg("indicators.public.status." + t.status(), locale))));
        }
        return List.of(heading(p, locale), intro(p, unit, period, locale),
                new ReportBlock.Table(msg("indicators.report.caption", locale, unit.fullName(), period.code()),
                        header, body),
                assessment(p, targets, locale));
    }

    private List<ReportBlock> review(ProgrammeView p, UnitView unit, Period period, Locale locale) {
        Map<Integer, List<TargetProgress>> byYear = new LinkedHashMap<>();
        for (int y = Math.max(period.firstYear(), p.periodFrom()); y <= period.year(); y++) {
            int year = y;
            indicators.progress(p.id(), unit.code(), y, false, period.end(), UnitScope.ALL)
                    .ifPresent(list -> byYear.put(year, list));
        }
        if (byYear.isEmpty()) {
            return List.of();
        }
        List<HeaderCell> top = new ArrayList<>(List.of(
                new HeaderCell(msg("indicators.report.col.no", locale), 1, 2),
                new HeaderCell(msg("indicators.public.col.target", locale), 1, 2),
                new HeaderCell(msg("indicators.public.col.goal", locale), 1, 2),
                new HeaderCell(msg("indicators.report.col.byYear", locale), byYear.size(), 1),
                new HeaderCell(msg("indicators.report.col.statusAtEnd", locale), 1, 2)));
        List<HeaderCell> years = byYear.keySet().stream().map(y -> HeaderCell.of(String.valueOf(y))).toList();
        List<TargetProgress> last = byYear.get(period.year());
        if (last == null) {
            last = new ArrayList<>(byYear.values()).get(byYear.size() - 1);
        }
        List<List<Cell>> body = new ArrayList<>();
        for (int i = 0; i < last.size(); i++) {
            TargetProgress t = last.get(i);
            List<Cell> row = new ArrayList<>(List.of(Cell.number(i + 1), Cell.text(t.label()),
                    Cell.text(t.goal() == null ? "—" : t.goal())));
            for (List<TargetProgress> ofYear : byYear.values()) {
                row.add(ofYear.stream().filter(x -> x.code().equals(t.code())).findFirst()
                        .map(x -> Cell.number(x.value())).orElse(Cell.empty()));
            }
            row.add(Cell.text(msg("indicators.public.status." + t.status(), locale)));
            body.add(row);
        }
        return List.of(heading(p, locale), intro(p, unit, period, locale),
                new ReportBlock.Table(msg("indicators.report.caption", locale, unit.fullName(), period.code()),
                        List.of(top, years), body),
                assessment(p, last, locale));
    }

    private ReportBlock heading(ProgrammeView p, Locale locale) {
        return new ReportBlock.Heading(2, msg("indicators.report.programme", locale, p.kind(), p.number()));
    }

    private ReportBlock intro(ProgrammeView p, UnitView unit, Period period, Locale locale) {
        return new ReportBlock.Paragraph(msg("indicators.report.intro", locale, p.title(), p.period(),
                unit.fullName()));
    }

    private ReportBlock assessment(ProgrammeView p, List<TargetProgress> targets, Locale locale) {
        Map<String, Long> by = new LinkedHashMap<>();
        for (String s : List.of("ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_MET", "NO_DATA", "NO_GOAL")) {
            by.put(s, targets.stream().filter(t -> t.status().equals(s)).count());
        }
        return new ReportBlock.EditableText("assessment-" + p.id(), msg("indicators.report.assessment", locale),
                msg("indicators.report.assessment.default", locale, by.get("ACHIEVED"), targets.size(),
                        by.get("ON_TRACK"), by.get("AT_RISK"), by.get("OFF_TRACK"),
                        by.get("NO_DATA") + by.get("NO_GOAL"), by.get("NOT_MET")));
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
