package vn.chungsuc.indicators.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import vn.chungsuc.indicators.domain.Fraction;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.indicators.domain.ProgressBoard;

/**
 * The dashboard's table as an Excel workbook (streamed, SXSSF): one sheet with every target of the unit and its
 * trend, one with each target's value per unit below.
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
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            ProgressBoard.Scope scope = board.scope();

            SXSSFSheet targets = wb.createSheet(msg("indicators.export.sheetTargets"));
            targets.trackAllColumnsForAutoSizing();
            int r = 0;
            text(targets.createRow(r++), 0, scope.programme().kind() + " " + scope.programme().number(), bold);
            text(targets.createRow(r++), 0, scope.unit().fullName() + " – " + fmt.period(scope.period()), null);
            r++;
            Row head = targets.createRow(r++);
            String[] headers = {msg("indicators.board.code"), msg("indicators.board.target"),
                    msg("indicators.board.goal"), msg("indicators.board.numerator"), msg("indicators.board.denominator"),
                    msg("indicators.board.value"), msg("indicators.board.status")};
            for (int c = 0; c < headers.length; c++) {
                text(head, c, headers[c], bold);
            }
            int col = headers.length;
            for (Period p : board.trendPeriods()) {
                text(head, col++, fmt.period(p), bold);
            }
            for (ProgressBoard.Row row : board.rows()) {
                Row x = targets.createRow(r++);
                text(x, 0, row.target().code(), null);
                text(x, 1, row.target().label(), null);
                text(x, 2, fmt.goal(row.goal()), null);
                number(x, 3, row.value(), true);
                number(x, 4, row.value(), false);
                text(x, 5, fmt.value(row.target(), row.value()), null);
                text(x, 6, fmt.status(row.status()), null);
                int c = 7;
                for (ProgressBoard.Point p : row.trend()) {
                    text(x, c++, fmt.value(row.target(), p.value()), null);
                }
            }
            for (int c = 0; c < col; c++) {
                if (c != 1) {
                    targets.autoSizeColumn(c);
                }
            }
            targets.setColumnWidth(1, 90 * 256);

            Sheet units = wb.createSheet(msg("indicators.export.sheetUnits"));
            r = 0;
            Row h = units.createRow(r++);
            String[] unitHeaders = {msg("indicators.board.code"), msg("indicators.board.target"),
                    msg("indicators.board.unit"), msg("indicators.board.numerator"), msg("indicators.board.denominator"),
                    msg("indicators.board.value"), msg("indicators.board.goal"), msg("indicators.board.status")};
            for (int c = 0; c < unitHeaders.length; c++) {
                text(h, c, unitHeaders[c], bold);
            }
            for (ProgressBoard.Detail d : details) {
                for (ProgressBoard.Cell cell : d.breakdown()) {
                    Row x = units.createRow(r++);
                    text(x, 0, d.row().target().code(), null);
                    text(x, 1, d.row().target().shortLabel(), null);
                    text(x, 2, cell.unit().fullName(), null);
                    number(x, 3, cell.value(), true);
                    number(x, 4, cell.value(), false);
                    text(x, 5, fmt.value(d.row().target(), cell.value()), null);
                    text(x, 6, fmt.goal(cell.goal()), null);
                    text(x, 7, fmt.status(cell.status()), null);
                }
            }
            for (int c = 0; c < unitHeaders.length; c++) {
                units.setColumnWidth(c, (c == 1 || c == 2 ? 40 : 14) * 256);
            }
            wb.write(out);
            wb.dispose();
        }
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int col, Fraction value, boolean numerator) {
        Cell cell = row.createCell(col);
        if (value != null && (numerator || value.denominator() > 0)) {
            cell.setCellValue(numerator ? value.numerator() : value.denominator());
        }
    }

    private String msg(String key) {
        return messages.getMessage(key, null, locale);
    }
}
