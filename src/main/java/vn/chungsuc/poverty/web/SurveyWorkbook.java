package vn.chungsuc.poverty.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import vn.chungsuc.poverty.domain.BulkSurveys.Answer;
import vn.chungsuc.poverty.domain.IndicatorDefinition;
import vn.chungsuc.poverty.domain.Round;
import vn.chungsuc.poverty.domain.Rounds;
import vn.chungsuc.poverty.domain.Standard;
import vn.chungsuc.shared.documents.XlsxTable;
import vn.chungsuc.shared.documents.XlsxTable.Column;

/**
 * Form B of a round's households as a workbook to fill offline, and the same workbook read back. The first sheet
 * lists the households (code, head, residential area) with the form's columns: income per person per month, then
 * one column per indicator of the round's standard, marked "x" when the household is deprived. The second sheet
 * holds the allowed values and an example row; the reader never reads it.
 */
final class SurveyWorkbook {

    /** A bound before any work: a ward has a few thousand households, a round lists a few hundred. */
    static final int MAX_ROWS = 20_000;
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int FIXED = 4;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Set<String> DEPRIVED = Set.of("x", "1", "co", "yes");
    private static final Set<String> NOT_DEPRIVED = Set.of("", "0", "khong", "no", "-");

    /** A household's line of the template, with its confirmed form B of the year if it has one. */
    record Line(String code, String headName, String areaName, Long income, List<String> deprived) {
    }

    /** What is wrong with a cell (or a row, column null) of the file, in the user's language. */
    record Problem(long row, String column, String message) {
    }

    /** The answers of the file and its problems; the answers are applied only when there is no problem. */
    record Read(List<Answer> answers, int blank, List<Problem> problems) {
    }

    private SurveyWorkbook() {
    }

    static void write(Round round, String communeName, Standard s, List<Line> lines, MessageSource messages,
            Locale locale, OutputStream out) throws IOException {
        try (XlsxTable xlsx = new XlsxTable(messages, locale)) {
            XlsxTable.Sheet sheet = xlsx.sheet("poverty.bulk.sheet")
                    .title(xlsx.msg("poverty.bulk.sheetTitle", String.valueOf(round.year()), communeName, s.name()))
                    .line(xlsx.msg("poverty.bulk.sheetHelp"))
                    .blank()
                    .columns(columns(s));
            for (Line l : lines) {
                List<Object> row = new ArrayList<>(List.of(l.code(), l.headName() == null ? "" : l.headName(),
                        l.areaName()));
                row.add(l.income());
                for (IndicatorDefinition d : s.indicators()) {
                    row.add(l.deprived() != null && l.deprived().contains(d.code()) ? "x" : null);
                }
                sheet.row(row);
            }
            XlsxTable.Sheet guide = xlsx.sheet("poverty.bulk.guide")
                    .title(xlsx.msg("poverty.bulk.guideTitle"))
                    .line(xlsx.msg("poverty.bulk.guide.code"))
                    .line(xlsx.msg("poverty.bulk.guide.income", Rounds.MAX_INCOME))
                    .line(xlsx.msg("poverty.bulk.guide.indicator"))
                    .line(xlsx.msg("poverty.bulk.guide.blank"))
                    .line(xlsx.msg("poverty.bulk.guide.allOrNothing"))
                    .blank()
                    .title(xlsx.msg("poverty.bulk.guide.example"))
                    .columns(columns(s));
            List<Object> example = new ArrayList<>(List.of(xlsx.msg("poverty.bulk.example.code"),
                    xlsx.msg("poverty.bulk.example.head"), xlsx.msg("poverty.bulk.example.area"), 1_200_000L));
            for (int i = 0; i < s.indicators().size(); i++) {
                example.add(i < 3 ? "x" : null);
            }
            guide.row(example);
            guide.blank().title(xlsx.msg("poverty.bulk.guide.indicators"));
            for (int i = 0; i < s.indicators().size(); i++) {
                IndicatorDefinition d = s.indicators().get(i);
                guide.line(CellReference.convertNumToColString(FIXED + i) + ". " + d.name() + ": " + d.deprivedWhen());
            }
            xlsx.write(out);
        }
    }

    private static List<Column> columns(Standard s) {
        List<Column> columns = new ArrayList<>(List.of(Column.of("poverty.bulk.col.code", 18),
                Column.of("poverty.bulk.col.head", 26), Column.of("poverty.bulk.col.area", 24),
                Column.of("poverty.bulk.col.income", 18)));
        s.indicators().forEach(d -> columns.add(Column.fixed(d.name(), 14)));
        return columns;
    }

    /**
     * Reads the first sheet. Every problem is reported with its row (as the spreadsheet numbers it) and column; a
     * household code not on the round's list, a code given twice, an income that is not a whole number of đồng in
     * bounds, an indicator cell other than "x" or empty are problems. A row with a code and nothing else is a
     * household not surveyed yet: skipped.
     */
    static Read read(InputStream in, Standard s, Set<String> listed, MessageSource messages, Locale locale) {
        List<Problem> problems = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        int blank = 0;
        try (Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            Set<String> codeHeaders = Set.of(messages.getMessage("poverty.bulk.col.code", null, VIETNAMESE),
                    messages.getMessage("poverty.bulk.col.code", null, Locale.ENGLISH));
            int header = -1;
            for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), 20) && header < 0; r++) {
                Row row = sheet.getRow(r);
                if (row != null && codeHeaders.contains(text(format, row.getCell(0)))) {
                    header = r;
                }
            }
            if (header < 0) {
                problems.add(new Problem(0, null, msg(messages, locale, "poverty.bulk.problem.noHeader",
                        String.join(" / ", codeHeaders))));
                return new Read(List.of(), 0, problems);
            }
            Row head = sheet.getRow(header);
            for (int i = 0; i < s.indicators().size(); i++) {
                IndicatorDefinition d = s.indicators().get(i);
                int c = FIXED + i;
                String found = text(format, head.getCell(c));
                if (!found.equals(d.name())) {
                    problems.add(new Problem(header + 1, column(c, null), msg(messages, locale,
                            "poverty.bulk.problem.header", d.name(), found)));
                }
            }
            if (!problems.isEmpty()) {
                return new Read(List.of(), 0, problems);
            }
            if (sheet.getLastRowNum() - header > MAX_ROWS) {
                problems.add(new Problem(0, null, msg(messages, locale, "poverty.bulk.problem.tooManyRows",
                        MAX_ROWS)));
                return new Read(List.of(), 0, problems);
            }
            String incomeTitle = msg(messages, locale, "poverty.bulk.col.income");
            Set<String> seen = new HashSet<>();
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                long n = r + 1L;
                String code = text(format, row.getCell(0));
                boolean empty = true;
                for (int c = FIXED - 1; c < FIXED + s.indicators().size(); c++) {
                    if (!text(format, row.getCell(c)).isEmpty()) {
                        empty = false;
                    }
                }
                if (code.isEmpty()) {
                    if (!empty) {
                        problems.add(new Problem(n, column(0, msg(messages, locale, "poverty.bulk.col.code")),
                                msg(messages, locale, "poverty.bulk.problem.noCode")));
                    }
                    continue;
                }
                String codeTitle = column(0, msg(messages, locale, "poverty.bulk.col.code"));
                if (!seen.add(code)) {
                    problems.add(new Problem(n, codeTitle, msg(messages, locale, "poverty.bulk.problem.twice", code)));
                    continue;
                }
                if (!listed.contains(code)) {
                    problems.add(new Problem(n, codeTitle, msg(messages, locale, "poverty.bulk.problem.notListed",
                            code)));
                    continue;
                }
                if (empty) {
                    blank++;
                    continue;
                }
                Long income = income(row.getCell(FIXED - 1), format);
                if (income == null) {
                    problems.add(new Problem(n, column(FIXED - 1, incomeTitle), msg(messages, locale,
                            "poverty.bulk.problem.income", text(format, row.getCell(FIXED - 1)))));
                } else if (income < 0 || income > Rounds.MAX_INCOME) {
                    problems.add(new Problem(n, column(FIXED - 1, incomeTitle), msg(messages, locale,
                            "poverty.bulk.problem.incomeBounds", income, Rounds.MAX_INCOME)));
                    income = null;
                }
                List<String> deprived = new ArrayList<>();
                boolean ok = income != null;
                for (int i = 0; i < s.indicators().size(); i++) {
                    IndicatorDefinition d = s.indicators().get(i);
                    int c = FIXED + i;
                    String v = text(format, row.getCell(c)).toLowerCase(Locale.ROOT);
                    if (DEPRIVED.contains(v)) {
                        deprived.add(d.code());
                    } else if (!NOT_DEPRIVED.contains(v)) {
                        problems.add(new Problem(n, column(c, d.name()), msg(messages, locale,
                                "poverty.bulk.problem.indicator", text(format, row.getCell(c)))));
                        ok = false;
                    }
                }
                if (ok) {
                    answers.add(new Answer(code, income, List.copyOf(deprived)));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not an .xlsx workbook (or a damaged one): one problem for the whole file, never a server error
            problems.add(new Problem(0, null, msg(messages, locale, "poverty.bulk.problem.file")));
            return new Read(List.of(), 0, problems);
        }
        return new Read(answers, blank, problems);
    }

    private static Long income(Cell cell, DataFormatter format) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            BigDecimal v = BigDecimal.valueOf(cell.getNumericCellValue());
            try {
                return v.stripTrailingZeros().scale() <= 0 ? v.longValueExact() : null;
            } catch (ArithmeticException e) {
                return null;
            }
        }
        String t = text(format, cell).replace(".", "").replace(",", "").replace(" ", "").replace("\u00a0", "");
        if (!t.matches("-?\\d{1,13}")) {
            return null;
        }
        return Long.parseLong(t);
    }

    private static String text(DataFormatter format, Cell cell) {
        return cell == null ? "" : format.formatCellValue(cell).strip();
    }

    /** "D (Thu nhập …)": the column letter as the spreadsheet shows it, and its title. */
    private static String column(int index, String title) {
        String letter = CellReference.convertNumToColString(index);
        return title == null ? letter : letter + " (" + title + ")";
    }

    private static String msg(MessageSource messages, Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
