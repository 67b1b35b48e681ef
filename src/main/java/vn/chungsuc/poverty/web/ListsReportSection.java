package vn.chungsuc.poverty.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chungsuc.poverty.PovertyClass;
import vn.chungsuc.poverty.domain.ListEntry;
import vn.chungsuc.poverty.domain.Lists;
import vn.chungsuc.poverty.domain.Standards;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.sections.ReportBlock;
import vn.chungsuc.shared.sections.ReportBlock.Cell;
import vn.chungsuc.shared.sections.ReportBlock.HeaderCell;
import vn.chungsuc.shared.sections.ReportKind;
import vn.chungsuc.shared.sections.ReportSection;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * The poverty lists in a unit's report: the poor and near-poor households on the lists in force at the start and at
 * the end of the period (the lists the commune chairs decided, step 6 of QĐ 24/2021/QĐ-TTg), the households that
 * entered and left them, and the rates at the end, in the residential areas under the unit on the period's last day
 * (a household counts where it lived when its list was decided). New poor: poor at the end, not at the start; exited
 * poverty: poor at the start, not at the end; near-poor likewise, a poor household that became near-poor entering
 * the near-poor list; exited near-poverty: near-poor at the start and neither at the end (as in the decided lists'
 * workbook). The standard cited is the one of the list in force at the end.
 */
@Component
class ListsReportSection implements ReportSection {

    private static final int ALL = Integer.MAX_VALUE / 2;

    private final Lists lists;
    private final Standards standards;
    private final RegistryApi registry;
    private final TerritoryApi territory;
    private final MessageSource messages;

    ListsReportSection(Lists lists, Standards standards, RegistryApi registry, TerritoryApi territory,
            MessageSource messages) {
        this.lists = lists;
        this.standards = standards;
        this.registry = registry;
        this.territory = territory;
        this.messages = messages;
    }

    /** The figures of a unit and period. */
    record Figures(long poorStart, long poorEnd, long newPoor, long exitedPoor, long nearStart, long nearEnd,
            long newNear, long exitedNear, long households, String standardCode) {
    }

    @Override
    public String key() {
        return "poverty.lists";
    }

    @Override
    public String titleKey() {
        return "poverty.report.title";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Set<ReportKind> kinds() {
        return EnumSet.allOf(ReportKind.class);
    }

    /** The figures, or null when the unit did not exist at the period's end or no list was in force then. */
    Figures figures(String unitCode, Period period) {
        LocalDate end = period.end();
        LocalDate start = period.start().minusDays(1);
        List<String> areas = territory.subtree(unitCode, end, UnitScope.ALL).stream()
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).map(UnitView::code).toList();
        if (areas.isEmpty()) {
            return null;
        }
        List<ListEntry> poorEnd = lists.inForce(areas, end, PovertyClass.POOR, 0, ALL).items();
        List<ListEntry> nearEnd = lists.inForce(areas, end, PovertyClass.NEAR_POOR, 0, ALL).items();
        if (poorEnd.isEmpty() && nearEnd.isEmpty()) {
            return null;
        }
        Set<String> pe = codes(poorEnd);
        Set<String> ne = codes(nearEnd);
        Set<String> ps = codes(lists.inForce(areas, start, PovertyClass.POOR, 0, ALL).items());
        Set<String> ns = codes(lists.inForce(areas, start, PovertyClass.NEAR_POOR, 0, ALL).items());
        long newPoor = pe.stream().filter(c -> !ps.contains(c)).count();
        long exitedPoor = ps.stream().filter(c -> !pe.contains(c)).count();
        long newNear = ne.stream().filter(c -> !ns.contains(c)).count();
        long exitedNear = ns.stream().filter(c -> !ne.contains(c) && !pe.contains(c)).count();
        String standard = (poorEnd.isEmpty() ? nearEnd : poorEnd).get(0).standardCode();
        return new Figures(ps.size(), pe.size(), newPoor, exitedPoor, ns.size(), ne.size(), newNear, exitedNear,
                registry.countHouseholds(areas, end), standard);
    }

    @Override
    public List<ReportBlock> blocks(String unitCode, Period period, Locale locale) {
        Figures f = figures(unitCode, period);
        if (f == null) {
            return List.of();
        }
        String unitName = territory.find(unitCode, period.end(), UnitScope.ALL).map(UnitView::fullName)
                .orElse(unitCode);
        String basis = standards.find(f.standardCode()).map(s -> s.name() + " (" + s.legalBasis() + ")")
                .orElse(f.standardCode());
        List<List<HeaderCell>> header = List.of(
                List.of(new HeaderCell(msg("poverty.report.col.kind", locale), 1, 2),
                        new HeaderCell(msg("poverty.report.col.count", locale), 2, 1),
                        new HeaderCell(msg("poverty.report.col.during", locale), 2, 1),
                        new HeaderCell(msg("poverty.report.col.rate", locale), 1, 2)),
                List.of(HeaderCell.of(msg("poverty.report.col.start", locale, show(period.start().minusDays(1)))),
                        HeaderCell.of(msg("poverty.report.col.end", locale, show(period.end()))),
                        HeaderCell.of(msg("poverty.report.col.entered", locale)),
                        HeaderCell.of(msg("poverty.report.col.left", locale))));
        List<List<Cell>> body = List.of(
                List.of(Cell.text(msg("poverty.class.POOR", locale)), Cell.number(f.poorStart()),
                        Cell.number(f.poorEnd()), Cell.number(f.newPoor()), Cell.number(f.exitedPoor()),
                        Cell.number(rate(f.poorEnd(), f.households()))),
                List.of(Cell.text(msg("poverty.class.NEAR_POOR", locale)), Cell.number(f.nearStart()),
                        Cell.number(f.nearEnd()), Cell.number(f.newNear()), Cell.number(f.exitedNear()),
                        Cell.number(rate(f.nearEnd(), f.households()))));
        String rate = rate(f.poorEnd(), f.households()) == null ? "—"
                : rate(f.poorEnd(), f.households()).toPlainString();
        return List.of(
                new ReportBlock.Paragraph(msg("poverty.report.intro", locale, unitName, f.households(), basis)),
                new ReportBlock.Table(msg("poverty.report.caption", locale, unitName, period.code()), header, body),
                new ReportBlock.EditableText("poverty.assessment", msg("poverty.report.assessment", locale),
                        msg("poverty.report.assessment.default", locale, unitName, f.poorEnd(), rate, f.nearEnd(),
                                f.newPoor(), f.exitedPoor())));
    }

    private static java.math.BigDecimal rate(long n, long households) {
        return households == 0 ? null : java.math.BigDecimal.valueOf(n * 100.0 / households)
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static Set<String> codes(List<ListEntry> entries) {
        return entries.stream().map(ListEntry::householdCode).collect(Collectors.toCollection(HashSet::new));
    }

    private static String show(LocalDate d) {
        return vn.chungsuc.shared.time.Dates.show(d);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
