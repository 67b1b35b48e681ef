package vn.chungsuc.poverty.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chungsuc.poverty.domain.Round;
import vn.chungsuc.poverty.domain.Rounds;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.sections.ReportBlock;
import vn.chungsuc.shared.sections.ReportBlock.Cell;
import vn.chungsuc.shared.sections.ReportBlock.HeaderCell;
import vn.chungsuc.shared.sections.ReportKind;
import vn.chungsuc.shared.sections.ReportSection;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * The year's review rounds in a unit's yearly report (and the Front's poverty review report): for each commune
 * under the unit on the year's last day, its round of the year (QĐ 24/2021/QĐ-TTg, or TT 17/2016/TT-BLĐTBXH before
 * it: six steps, the last the commune chair's decision), where it stands, the decision, the households reviewed and
 * the movement the decision made: poor and near-poor on the decided lists, households that left them (as the
 * round's decided lists count them, {@link Rounds#decisionLists}).
 */
@Component
class RoundsReportSection implements ReportSection {

    private final Rounds rounds;
    private final TerritoryApi territory;
    private final MessageSource messages;

    RoundsReportSection(Rounds rounds, TerritoryApi territory, MessageSource messages) {
        this.rounds = rounds;
        this.territory = territory;
        this.messages = messages;
    }

    @Override
    public String key() {
        return "poverty.rounds";
    }

    @Override
    public String titleKey() {
        return "poverty.rounds.title";
    }

    @Override
    public int order() {
        return 41;
    }

    @Override
    public Set<ReportKind> kinds() {
        return EnumSet.of(ReportKind.YEAR);
    }

    @Override
    public List<ReportBlock> blocks(String unitCode, Period period, Locale locale) {
        List<UnitView> communes = territory.subtree(unitCode, period.end(), UnitScope.ALL).stream()
                .filter(u -> u.level() == UnitLevel.COMMUNE).toList();
        if (communes.isEmpty()) {
            return List.of();
        }
        List<Round> found = rounds.list(communes.stream().map(UnitView::code).toList()).stream()
                .filter(r -> r.year() == period.year()).toList();
        if (found.isEmpty()) {
            return List.of();
        }
        List<List<Cell>> body = new ArrayList<>();
        for (UnitView c : communes) {
            for (Round r : found) {
                if (!r.communeCode().equals(c.code())) {
                    continue;
                }
                List<Cell> row = new ArrayList<>(List.of(Cell.text(c.fullName()),
                        Cell.text(r.decided() ? msg("poverty.round.decidedShort", locale)
                                : msg("poverty.round.atStep", locale, r.current())),
                        Cell.text(r.decisionNumber() == null ? "—" : r.decisionNumber()
                                + (r.decidedOn() == null ? "" : " (" + Dates.show(r.decidedOn()) + ")")),
                        Cell.number(rounds.households(r.id()).size())));
                if (r.decided()) {
                    Rounds.DecisionLists l = rounds.decisionLists(r);
                    row.addAll(List.of(Cell.number(l.poor().size()), Cell.number(l.nearPoor().size()),
                            Cell.number(l.exitedPoor().size()), Cell.number(l.exitedNearPoor().size())));
                } else {
                    row.addAll(List.of(Cell.empty(), Cell.empty(), Cell.empty(), Cell.empty()));
                }
                body.add(row);
            }
        }
        List<HeaderCell> header = List.of("poverty.round.commune", "poverty.round.progress",
                "poverty.decision.number", "poverty.rounds.report.reviewed", "poverty.class.POOR",
                "poverty.class.NEAR_POOR", "poverty.rounds.report.exitedPoor", "poverty.rounds.report.exitedNear")
                .stream().map(k -> HeaderCell.of(msg(k, locale))).toList();
        return List.of(new ReportBlock.Table(msg("poverty.rounds.report.caption", locale, period.year()),
                List.of(header), body));
    }

    private String msg(String key, Locale locale, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Integer n ? String.valueOf(n) : args[i];
        }
        return messages.getMessage(key, plain, key, locale);
    }
}
