package vn.chungsuc.poverty.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.chungsuc.poverty.PovertyClass;
import vn.chungsuc.poverty.domain.ListEntry;
import vn.chungsuc.poverty.domain.Round;

/**
 * The lists of a round's decision as an Excel workbook, as the commune sends them to the district and keeps them:
 * one sheet each for the poor households, the near-poor households, and those that left either list, with the
 * head's name, residential area, the class under the standard and any officer's override with its reason.
 */
final class ListWorkbook {

    /** A household's line: its head and area as on the decision's date. */
    record Line(String code, String headName, String areaName, ListEntry entry) {
    }

    private ListWorkbook() {
    }

    static void write(Round round, String communeName, Map<String, List<Line>> sheets,
            Function<PovertyClass, String> className, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Map.Entry<String, List<Line>> sheet : sheets.entrySet()) {
                SXSSFSheet s = wb.createSheet(sheet.getKey());
                int r = 0;
                text(s.createRow(r++), 0, sheet.getKey() + " – " + communeName + ", năm " + round.year(), bold);
                text(s.createRow(r++), 0, "Quyết định số " + (round.decisionNumber() == null ? "" : round.decisionNumber())
                        + (round.decidedOn() == null ? "" : " ngày " + PovertyWeb.format(round.decidedOn())), null);
                r++;
                Row head = s.createRow(r++);
                String[] titles = {"STT", "Mã hộ", "Chủ hộ", "Khu dân cư", "Phân loại theo chuẩn",
                        "Số chỉ số thiếu hụt", "Chuẩn áp dụng", "Điều chỉnh của cán bộ", "Lý do điều chỉnh"};
                for (int c = 0; c < titles.length; c++) {
                    text(head, c, titles[c], bold);
                }
                int n = 0;
                for (Line line : sheet.getValue()) {
                    Row x = s.createRow(r++);
                    x.createCell(0).setCellValue(++n);
                    text(x, 1, line.code(), null);
                    text(x, 2, line.headName(), null);
                    text(x, 3, line.areaName(), null);
                    ListEntry e = line.entry();
                    if (e != null) {
                        text(x, 4, className.apply(e.result()), null);
                        x.createCell(5).setCellValue(e.deprivationCount());
                        text(x, 6, e.standardCode(), null);
                        text(x, 7, e.overrideResult() == null ? "" : className.apply(e.overrideResult()), null);
                        text(x, 8, e.overrideReason(), null);
                    }
                }
                int[] widths = {6, 18, 28, 28, 22, 10, 14, 22, 40};
                for (int c = 0; c < widths.length; c++) {
                    s.setColumnWidth(c, widths[c] * 256);
                }
                s.createFreezePane(0, 4);
            }
            wb.write(out);
            wb.dispose();
        }
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        var cell = row.createCell(col);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
