package vn.chungsuc.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * The Front's evaluation in a unit's 6-month or yearly report: per commune of the unit (the tree on the period's last
 * day), its residential areas, how many submitted, how many were reviewed, how many at each final level, and the
 * satisfaction polled. A review of several years shows its last year.
 */
@Component
class EvaluationReportSection implements ReportSection {

    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final Evaluations evaluations;
    private final MessageSource messages;

    EvaluationReportSection(JdbcClient jdbc, TerritoryApi territory, Evaluations evaluations,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.territory = territory;
        this.evaluations = evaluations;
        this.messages = messages;
    }

    @Override
    public String key() {
        return "evaluation.areas";
    }

    @Override
    public String titleKey() {
        return "evaluation.report.title";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Set<ReportKind> kinds() {
        return EnumSet.allOf(ReportKind.class);
    }

    /** One commune's line. */
    record Line(String commune, int areas, int submitted, int reviewed, Map<String, Integer> byLevel, long asked,
            long satisfied) {
    }

    List<Line> lines(String unitCode, Period asked) {
        Period period = asked.span() ? Period.year(asked.year()) : asked;
        List<UnitView> areas = new ArrayList<>(evaluations.areasOf(List.of(unitCode), period.end()));
        if (areas.isEmpty()) {
            return List.of();
        }
        Map<String, String[]> state = new LinkedHashMap<>();
        jdbc.sql("select area_unit, state, final_level from evaluation_assessment where period = :p and area_unit in (:u)")
                .param("p", period.code()).param("u", areas.stream().map(UnitView::code).toList())
                .query(rs -> {
                    state.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        Map<String, long[]> polls = new LinkedHashMap<>();
        jdbc.sql("select area_unit, sample_size, satisfied from evaluation_poll where period = :p and area_unit in (:u)")
                .param("p", period.code()).param("u", areas.stream().map(UnitView::code).toList())
                .query(rs -> {
                    polls.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        Map<String, List<UnitView>> byCommune = new LinkedHashMap<>();
        areas.forEach(a -> byCommune.computeIfAbsent(a.parentCode(), c -> new ArrayList<>()).add(a));
        List<Line> out = new ArrayList<>();
        byCommune.forEach((code, list) -> {
            String name = territory.find(code, period.end(), UnitScope.ALL).map(UnitView::fullName).orElse(code);
            int submitted = 0;
            int reviewed = 0;
            long pollAsked = 0;
            long pollSatisfied = 0;
            Map<String, Integer> byLevel = new LinkedHashMap<>();
            for (UnitView a : list) {
                String[] s = state.get(a.code());
                if (s != null) {
                    submitted++;
                    if ("REVIEWED".equals(s[0])) {
                        reviewed++;
                        byLevel.merge(s[1], 1, Integer::sum);
                    }
                }
                long[] p = polls.get(a.code());
                if (p != null) {
                    pollAsked += p[0];
                    pollSatisfied += p[1];
                }
            }
            out.add(new Line(name, list.size(), submitted, reviewed, byLevel, pollAsked, pollSatisfied));
        });
        return out;
    }

    @Override
    public List<ReportBlock> blocks(String unitCode, Period asked, Locale locale) {
        List<Line> lines = lines(unitCode, asked);
        if (lines.isEmpty() || lines.stream().allMatch(l -> l.submitted() == 0 && l.asked() == 0)) {
            return List.of();
        }
        Period period = asked.span() ? Period.year(asked.year()) : asked;
        List<String> levels = lines.stream().flatMap(l -> l.byLevel().keySet().stream()).distinct().toList();
        List<HeaderCell> header = new ArrayList<>();
        header.add(HeaderCell.of(msg("evaluation.report.col.commune", locale)));
        header.add(HeaderCell.of(msg("evaluation.report.col.areas", locale)));
        header.add(HeaderCell.of(msg("evaluation.report.col.submitted", locale)));
        header.add(HeaderCell.of(msg("evaluation.report.col.reviewed", locale)));
        levels.forEach(l -> header.add(HeaderCell.of(l)));
        header.add(HeaderCell.of(msg("evaluation.report.col.satisfied", locale)));
        List<List<Cell>> body = new ArrayList<>();
        for (Line l : lines) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(l.commune()));
            row.add(Cell.number(l.areas()));
            row.add(Cell.number(l.submitted()));
            row.add(Cell.number(l.reviewed()));
            levels.forEach(v -> row.add(Cell.number(l.byLevel().getOrDefault(v, 0))));
            row.add(l.asked() == 0 ? Cell.empty() : Cell.number(BigDecimal.valueOf(l.satisfied())
                    .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(l.asked()), 1,
                            RoundingMode.HALF_UP)));
            body.add(row);
        }
        String unitName = territory.find(unitCode, period.end(), UnitScope.ALL).map(UnitView::fullName)
                .orElse(unitCode);
        return List.of(new ReportBlock.Paragraph(msg("evaluation.report.intro", locale, unitName, period.code())),
                new ReportBlock.Table(msg("evaluation.report.caption", locale, unitName, period.code()),
                        List.of(header), body));
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
