package vn.chungsuc.indicators.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.chungsuc.campaign.GoalKind;
import vn.chungsuc.campaign.TargetView;
import vn.chungsuc.indicators.domain.Fraction;
import vn.chungsuc.indicators.domain.ProgressBoard;
import vn.chungsuc.shared.documents.XlsxTable;
import vn.chungsuc.shared.documents.XlsxTable.Column;
import vn.chungsuc.shared.time.Period;

/**
 * The dashboard's table as an Excel workbook: one sheet with every target of the unit and its trend, one with each
 * target's value per unit below.
 */
final class BoardWorkbook {

    private final MessageSource messages;
    private final Locale locale;
    private final IndicatorsFormat fmt;

    BoardWorkbook(MessageSource messages, Locale locale, IndicatorsFormat fmt) {
        this.messages = messages;
        this.locale = locale;
        this.fmt = fmt;
    }

    void write(ProgressBoard.Board board, List<ProgressBoard.Detail> details, OutputStream out) throws IOException {
        try (XlsxTable xlsx = new XlsxTable(messages, locale)) {
            ProgressBoard.Scope scope = board.scope();
            List<Column> columns = new ArrayList<>(List.of(Column.of("indicators.board.code", 10),
                    Column.of("indicators.board.target", 90), Column.of("indicators.board.goal", 16),
                    Column.of("indicators.board.numerator", 12), Column.of("indicators.board.denominator", 12),
                    Column.of("indicators.board.value", 14), Column.of("indicators.board.status", 18)));
            for (Period p : board.trendPeriods()) {
                columns.add(Column.fixed(fmt.period(p), 14));
            }
            XlsxTable.Sheet targets = xlsx.sheet("indicators.export.sheetTargets")
                    .title(scope.programme().kind() + " " + scope.programme().number())
                    .line(scope.unit().fullName() + " – " + fmt.period(scope.period()))
                    .blank()
                    .columns(columns);
            for (ProgressBoard.Row row : board.rows()) {
                List<Object> values = new ArrayList<>(List.of(row.target().code(), row.target().label(),
                        fmt.goal(row.goal())));
                values.add(numerator(row.value()));
                values.add(denominator(row.value()));
                values.add(value(row.target(), row.value()));
                values.add(fmt.status(row.status()));
                for (ProgressBoard.Point p : row.trend()) {
                    values.add(value(row.target(), p.value()));
                }
                targets.row(values);
            }

            XlsxTable.Sheet units = xlsx.sheet("indicators.export.sheetUnits").columns(
                    Column.of("indicators.board.code", 10), Column.of("indicators.board.target", 40),
                    Column.of("indicators.board.unit", 40), Column.of("indicators.board.numerator", 14),
                    Column.of("indicators.board.denominator", 14), Column.of("indicators.board.value", 14),
                    Column.of("indicators.board.goal", 14), Column.of("indicators.board.status", 14));
            for (ProgressBoard.Detail d : details) {
                for (ProgressBoard.Cell cell : d.breakdown()) {
                    units.row(d.row().target().code(), d.row().target().shortLabel(), cell.unit().fullName(),
                            numerator(cell.value()), denominator(cell.value()), value(d.row().target(),
                                    cell.value()), fmt.goal(cell.goal()), fmt.status(cell.status()));
                }
            }
            xlsx.write(out);
        }
    }

    private static XlsxTable.Formatted numerator(Fraction value) {
        return value == null ? null : XlsxTable.count(value.numerator());
    }

    /** A plain count has no denominator: the cell stays empty rather than showing 0. */
    private static XlsxTable.Formatted denominator(Fraction value) {
        return value == null || value.denominator() <= 0 ? null : XlsxTable.count(value.denominator());
    }

    /**
     * The value of a target as a number: the count itself, or the share as an Excel percentage (0.825 shown
     * 82,50%); empty when there is none. The numerator and denominator beside it give the whole of a count.
     */
    static XlsxTable.Formatted value(TargetView target, Fraction value) {
        if (value == null || value.isZero()) {
            return null;
        }
        if (target.goal().kind() == GoalKind.COUNT) {
            return XlsxTable.count(value.numerator());
        }
        return XlsxTable.percent(target.goal().measure(value.numerator(), value.denominator()), 2);
    }
}
