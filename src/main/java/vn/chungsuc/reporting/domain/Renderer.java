package vn.chungsuc.reporting.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chungsuc.reporting.document.DocxWriter;
import vn.chungsuc.reporting.document.OfficialDocument;
import vn.chungsuc.reporting.document.XhtmlWriter;
import vn.chungsuc.shared.documents.PdfDocuments;
import vn.chungsuc.shared.documents.XlsxTable;
import vn.chungsuc.shared.sections.ReportBlock;

/**
 * The three outputs of a report: the DOCX (POI), the PDF (the same boxes as XHTML through openhtmltopdf, Liberation
 * Serif embedded) and the .xlsx annex of its tables (one sheet per table, numbers as numbers, a spanned header
 * flattened into "Giá trị – Tử số").
 */
@Component
public class Renderer {

    private final PdfDocuments pdf;
    private final MessageSource messages;

    Renderer(PdfDocuments pdf, MessageSource messages) {
        this.pdf = pdf;
        this.messages = messages;
    }

    public byte[] docx(OfficialDocument d) {
        return new DocxWriter(Assembler.DOCUMENT).write(d);
    }

    public byte[] pdf(OfficialDocument d) {
        return pdf.fromXhtml(new XhtmlWriter(Assembler.DOCUMENT).page(d));
    }

    public String preview(OfficialDocument d) {
        return new XhtmlWriter(Assembler.DOCUMENT).fragment(d);
    }

    public byte[] xlsx(String title, List<Assembler.Annex> tables) {
        try (XlsxTable x = new XlsxTable(messages, Assembler.DOCUMENT);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int n = 1;
            for (Assembler.Annex a : tables) {
                ReportBlock.Table t = a.table();
                XlsxTable.Sheet sheet = x.sheet(n++ + ". " + a.section());
                sheet.title(title).line(t.caption() == null ? a.section() : t.caption()).blank();
                List<XlsxTable.Column> cols = new ArrayList<>();
                for (String h : flatHeader(t)) {
                    cols.add(XlsxTable.Column.fixed(h, Math.max(8, Math.min(60, h.length() + 2))));
                }
                sheet.columns(cols);
                for (List<ReportBlock.Cell> row : t.body()) {
                    List<Object> values = new ArrayList<>();
                    for (ReportBlock.Cell c : row) {
                        BigDecimal num = c.number();
                        values.add(num != null ? (num.scale() <= 0 ? (Object) num.longValue() : num) : c.text());
                    }
                    sheet.row(values);
                }
            }
            if (tables.isEmpty()) {
                x.sheet("reporting.annex.empty").title(title);
            }
            x.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One header text per column: the texts of the header cells above it, joined. */
    static List<String> flatHeader(ReportBlock.Table t) {
        int cols = t.columns();
        String[][] grid = new String[t.header().size()][cols];
        boolean[][] taken = new boolean[t.header().size()][cols];
        for (int r = 0; r < t.header().size(); r++) {
            int c = 0;
            for (ReportBlock.HeaderCell cell : t.header().get(r)) {
                while (c < cols && taken[r][c]) {
                    c++;
                }
                for (int rr = r; rr < Math.min(grid.length, r + cell.rowSpan()); rr++) {
                    for (int cc = c; cc < Math.min(cols, c + cell.colSpan()); cc++) {
                        taken[rr][cc] = true;
                        grid[rr][cc] = rr == r ? cell.text() : null;
                    }
                }
                c += cell.colSpan();
            }
        }
        List<String> out = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            List<String> parts = new ArrayList<>();
            for (String[] row : grid) {
                if (row[c] != null && !row[c].isBlank()) {
                    parts.add(row[c]);
                }
            }
            out.add(String.join(" – ", parts));
        }
        return out;
    }
}
