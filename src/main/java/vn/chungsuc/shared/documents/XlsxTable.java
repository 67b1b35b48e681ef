package vn.chungsuc.shared.documents;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The one way Chung Sức writes a table to Excel: a streamed workbook (POI SXSSF keeps 100 rows in memory and writes
 * the rest to a temporary file, so a list of a province's households costs no more memory than a ward's) of sheets,
 * each with a few title lines, a header row and rows. Headers and sheet names come from message keys in the
 * request's language, so the English interface exports English headers; a column whose header is a file format
 * (the registry's import template, read back by its titles) names its text instead. Numbers stay numbers, dates are
 * real Excel dates shown dd/mm/yyyy.
 */
public final class XlsxTable implements Closeable {

    /** A column: its header (from a message key, or a fixed text) and its width in characters. */
    public record Column(String key, String text, int width) {

        public static Column of(String key, int width) {
            return new Column(key, null, width);
        }

        /** A header that is part of a file format, the same in every language. */
        public static Column fixed(String text, int width) {
            return new Column(null, text, width);
        }
    }

    /**
     * A number shown with an Excel number format ({@code "#,##0"}, {@code "0.0%"}): the cell still holds the number
     * (a share as its fraction of one, 0.825 shown 82,5%), so it adds up and sorts in Excel.
     */
    public record Formatted(Number value, String format) {
    }

    /** A whole number with thousands grouped (1.234 in a Vietnamese Excel). */
    public static Formatted count(Long value) {
        return value == null ? null : new Formatted(value, "#,##0");
    }

    /** A percentage (82.5 for 82,5%) as Excel's percent: the fraction of one, shown with {@code digits} decimals. */
    public static Formatted percent(java.math.BigDecimal percent, int digits) {
        return percent == null ? null : new Formatted(percent.movePointLeft(2),
                digits <= 0 ? "0%" : "0." + "0".repeat(digits) + "%");
    }

    private final MessageSource messages;
    private final Locale locale;
    private final java.util.Map<String, CellStyle> formats = new java.util.HashMap<>();
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final CellStyle bold;
    private final CellStyle date;

    public XlsxTable(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        this.date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    }

    /** A text of the bundles in the workbook's language. */
    public String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** A new sheet, named by a message key (or by a text that is no key, such as a unit's name). */
    public Sheet sheet(String nameKey, Object... args) {
        String name = msg(nameKey, args);
        // Excel limits a sheet name to 31 characters and forbids a few; the name is only a label.
        String safe = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return new Sheet(workbook.createSheet(safe.length() > 31 ? safe.substring(0, 31) : safe));
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }

    /** One sheet being written, top to bottom. */
    public final class Sheet {

        private final SXSSFSheet sheet;
        private int next;
        private long dataRows;

        private Sheet(SXSSFSheet sheet) {
            this.sheet = sheet;
        }

        /** A bold line above the table. */
        public Sheet title(String text) {
            cell(sheet.createRow(next++), 0, text, bold);
            return this;
        }

        /** A plain line above the table. */
        public Sheet line(String text) {
            cell(sheet.createRow(next++), 0, text, null);
            return this;
        }

        public Sheet blank() {
            next++;
            return this;
        }

        /** The header row, in bold, frozen so that it stays in view while scrolling. */
        public Sheet columns(List<Column> columns) {
            Row head = sheet.createRow(next++);
            for (int c = 0; c < columns.size(); c++) {
                Column col = columns.get(c);
                cell(head, c, col.key() != null ? msg(col.key()) : col.text(), bold);
                sheet.setColumnWidth(c, Math.max(4, Math.min(255, col.width())) * 256);
            }
            sheet.createFreezePane(0, next);
            return this;
        }

        public Sheet columns(Column... columns) {
            return columns(List.of(columns));
        }

        /** A row of values: texts, numbers, dates, booleans; null leaves the cell empty. */
        public Sheet row(Object... values) {
            return row(java.util.Arrays.asList(values));
        }

        public Sheet row(List<?> values) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < values.size(); c++) {
                cell(row, c, values.get(c), null);
            }
            dataRows++;
            return this;
        }

        /** The rows written with {@link #row}. */
        public long rows() {
            return dataRows;
        }

        private void cell(Row row, int col, Object value, CellStyle style) {
            if (value == null) {
                return;
            }
            if (value instanceof Formatted f && f.value() == null) {
                return;
            }
            Cell cell = row.createCell(col);
            if (value instanceof Formatted f) {
                cell.setCellValue(f.value().doubleValue());
                cell.setCellStyle(formats.computeIfAbsent(f.format(), k -> {
                    CellStyle s = workbook.createCellStyle();
                    s.setDataFormat(workbook.createDataFormat().getFormat(k));
                    return s;
                }));
                return;
            }
            if (value instanceof Number n) {
                if (n instanceof Double || n instanceof Float || n instanceof java.math.BigDecimal) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(n.longValue());
                }
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else if (value instanceof Boolean b) {
                cell.setCellValue(msg(b ? "common.yes" : "common.no"));
            } else {
                cell.setCellValue(value.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
