package vn.chungsuc.poverty.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import vn.chungsuc.poverty.domain.ListEntry;
import vn.chungsuc.poverty.domain.Round;
import vn.chungsuc.shared.documents.XlsxTable;
import vn.chungsuc.shared.documents.XlsxTable.Column;
import vn.chungsuc.shared.time.Dates;

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

    /** @param sheets the lines of each sheet, by the message key of the sheet's name */
    static void write(Round round, String communeName, Map<String, List<Line>> sheets, MessageSource messages,
            Locale locale, OutputStream out) throws IOException {
        try (XlsxTable xlsx = new XlsxTable(messages, locale)) {
            for (Map.Entry<String, List<Line>> sheet : sheets.entrySet()) {
                String name = xlsx.msg(sheet.getKey());
                XlsxTable.Sheet s = xlsx.sheet(sheet.getKey())
                        .title(xlsx.msg("poverty.export.sheetTitle", name, communeName, String.valueOf(round.year())))
                        .line(xlsx.msg("poverty.export.decision",
                                round.decisionNumber() == null ? "" : round.decisionNumber(),
                                round.decidedOn() == null ? "" : Dates.show(round.decidedOn())))
                        .blank()
                        .columns(Column.of("poverty.export.column.number", 6),
                                Column.of("poverty.export.column.code", 18),
                                Column.of("poverty.export.column.head", 28),
                                Column.of("poverty.export.column.area", 28),
                                Column.of("poverty.export.column.class", 22),
                                Column.of("poverty.export.column.deprivations", 10),
                                Column.of("poverty.export.column.standard", 14),
                                Column.of("poverty.export.column.override", 22),
                                Column.of("poverty.export.column.reason", 40));
                int n = 0;
                for (Line line : sheet.getValue()) {
                    ListEntry e = line.entry();
                    s.row(++n, line.code(), line.headName(), line.areaName(),
                            e == null ? null : xlsx.msg("poverty.class." + e.result().name()),
                            e == null ? null : e.deprivationCount(),
                            e == null ? null : e.standardCode(),
                            e == null || e.overrideResult() == null ? null
                                    : xlsx.msg("poverty.class." + e.overrideResult().name()),
                            e == null ? null : e.overrideReason());
                }
            }
            xlsx.write(out);
        }
    }
}
