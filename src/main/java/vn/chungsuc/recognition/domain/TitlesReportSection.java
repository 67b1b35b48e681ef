package vn.chungsuc.recognition.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
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
 * The titles of the year in a unit's yearly report, or of each year in a review: for every title, how many subjects
 * (cultural families, residential areas, agencies, communes…) were recognised for the year and by how many
 * decisions, where the awards are counted (a family at its residential area, an area at its commune) in the unit's
 * subtree on the period's last day. Titles are given once a year at the end of its round (NĐ 86/2023/NĐ-CP, Điều 7),
 * so a 6-month report has none to show.
 */
@Component
class TitlesReportSection implements ReportSection {

    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final MessageSource messages;

    TitlesReportSection(JdbcClient jdbc, TerritoryApi territory, MessageSource messages) {
        this.jdbc = jdbc;
        this.territory = territory;
        this.messages = messages;
    }

    /** How many subjects a title was given to for a year, and by how many decisions. */
    record Count(String titleCode, String titleName, String legalBasis, int year, long subjects, long decisions) {
    }

    @Override
    public String key() {
        return "recognition.titles";
    }

    @Override
    public String titleKey() {
        return "recognition.report.title";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Set<ReportKind> kinds() {
        return EnumSet.of(ReportKind.YEAR, ReportKind.REVIEW);
    }

    /** The counts of the period's years for the unit, by title order then year; empty when none or no such unit. */
    List<Count> counts(String unitCode, Period period) {
        List<String> units = territory.subtree(unitCode, period.end(), UnitScope.ALL).stream().map(UnitView::code)
                .toList();
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select t.code, t.name, t.legal_basis, a.year, count(distinct a.subject_code) as subjects,
                       count(distinct a.decision_id) as decisions
                from recognition_award a join recognition_title t on t.code = a.title_code
                where a.year between :from and :to and a.counted_unit in (:units)
                group by t.code, t.name, t.legal_basis, t.sort, a.year order by t.sort, t.code, a.year""")
                .param("from", period.firstYear()).param("to", period.year()).param("units", units)
                .query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getLong(5), rs.getLong(6))).list();
    }

    @Override
    public List<ReportBlock> blocks(String unitCode, Period period, Locale locale) {
        List<Count> counts = counts(unitCode, period);
        if (counts.isEmpty()) {
            return List.of();
        }
        String unitName = territory.find(unitCode, period.end(), UnitScope.ALL).map(UnitView::fullName)
                .orElse(unitCode);
        Map<String, List<Count>> byTitle = new LinkedHashMap<>();
        counts.forEach(c -> byTitle.computeIfAbsent(c.titleCode(), k -> new ArrayList<>()).add(c));
        List<Integer> years = new ArrayList<>();
        for (int y = period.firstYear(); y <= period.year(); y++) {
            years.add(y);
        }
        List<List<HeaderCell>> header;
        if (period.span()) {
            List<HeaderCell> byYear = years.stream().map(y -> HeaderCell.of(String.valueOf(y))).toList();
            header = List.of(List.of(new HeaderCell(msg("recognition.report.col.title", locale), 1, 2),
                    new HeaderCell(msg("recognition.report.col.byYear", locale), years.size(), 1),
                    new HeaderCell(msg("recognition.report.col.basis", locale), 1, 2)), byYear);
        } else {
            header = List.of(List.of(HeaderCell.of(msg("recognition.report.col.title", locale)),
                    HeaderCell.of(msg("recognition.report.col.subjects", locale)),
                    HeaderCell.of(msg("recognition.report.col.decisions", locale)),
                    HeaderCell.of(msg("recognition.report.col.basis", locale))));
        }
        List<List<Cell>> body = new ArrayList<>();
        byTitle.forEach((code, list) -> {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(list.get(0).titleName()));
            if (period.span()) {
                for (int y : years) {
                    row.add(list.stream().filter(c -> c.year() == y).findFirst().map(c -> Cell.number(c.subjects()))
                            .orElse(Cell.number(0)));
                }
            } else {
                row.add(Cell.number(list.get(0).subjects()));
                row.add(Cell.number(list.get(0).decisions()));
            }
            row.add(Cell.text(list.get(0).legalBasis()));
            body.add(row);
        });
        long families = counts.stream().filter(c -> c.titleCode().equals(Title.CULTURAL_FAMILY)
                && c.year() == period.year()).mapToLong(Count::subjects).sum();
        long areas = counts.stream().filter(c -> c.titleCode().equals(Title.CULTURAL_AREA)
                && c.year() == period.year()).mapToLong(Count::subjects).sum();
        return List.of(new ReportBlock.Paragraph(msg("recognition.report.intro", locale, unitName, period.code())),
                new ReportBlock.Table(msg("recognition.report.caption", locale, unitName, period.code()), header,
                        body),
                new ReportBlock.EditableText("recognition.assessment", msg("recognition.report.assessment", locale),
                        msg("recognition.report.assessment.default", locale, period.year(), families, areas)));
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
