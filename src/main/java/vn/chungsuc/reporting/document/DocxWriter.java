package vn.chungsuc.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import vn.chungsuc.reporting.document.OfficialDocument.Part;
import vn.chungsuc.reporting.document.OfficialDocument.Signature;
import vn.chungsuc.shared.sections.ReportBlock;

/**
 * Writes an {@link OfficialDocument} as a DOCX (Apache POI XWPF) in the layout of decree 30/2020/NĐ-CP: A4 portrait,
 * the margins of {@link Box}, Times New Roman named in every run, the page number centred in the top margin from
 * page 2 (a first-page header of its own, empty), each box in its size and style, tables whose header rows repeat
 * on every page. Every paragraph carries the style of its box, so that {@link DocxLint} finds it again.
 */
public final class DocxWriter {

    private final CellNumbers numbers;
    private XWPFDocument doc;

    public DocxWriter(Locale locale) {
        this.numbers = new CellNumbers(locale);
    }

    public byte[] write(OfficialDocument d) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            this.doc = document;
            styles();
            page();
            header(d);
            XWPFParagraph type = paragraph(Box.TYPE_NAME, ParagraphAlignment.CENTER);
            type.setSpacingBefore(360);
            run(type, d.typeName(), Box.TYPE_NAME);
            XWPFParagraph summary = paragraph(Box.SUMMARY, ParagraphAlignment.CENTER);
            run(summary, d.summary(), Box.SUMMARY);
            int summaryWidth = Math.min(TextWidth.twips(d.summary(), Box.SUMMARY.size, true), Box.textWidth());
            XWPFParagraph summaryRule = rule(Box.SUMMARY_RULE, Box.textWidth(), summaryWidth / 3);
            // a blank line's height between the summary's rule and the first legal basis, as the decree's samples
            summaryRule.setSpacingAfter(Box.SUMMARY_RULE_AFTER_TWIPS);
            for (String basis : d.legalBases()) {
                body(Box.LEGAL_BASIS, basis);
            }
            for (OfficialDocument.Paragraphs p : d.opening()) {
                body(Box.BODY, p.text());
            }
            for (Part part : d.parts()) {
                XWPFParagraph h = paragraph(Box.PART, ParagraphAlignment.LEFT);
                h.setSpacingBefore(120);
                h.setSpacingAfter(Box.SPACE_AFTER_TWIPS);
                h.setIndentationFirstLine(Box.INDENT_TWIPS);
                h.setKeepNext(true);
                run(h, part.numeral() + ". " + part.title(), Box.PART);
                for (ReportBlock b : part.blocks()) {
                    block(b);
                }
            }
            signatures(d);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void styles() {
        XWPFStyles styles = doc.createStyles();
        for (Box b : Box.values()) {
            CTStyle s = CTStyle.Factory.newInstance();
            s.setStyleId(b.styleId());
            s.setType(STStyleType.PARAGRAPH);
            s.addNewName().setVal(b.styleId());
            CTFonts fonts = s.addNewRPr().addNewRFonts();
            fonts.setAscii(Box.FONT);
            fonts.setHAnsi(Box.FONT);
            fonts.setCs(Box.FONT);
            styles.addStyle(new XWPFStyle(s, styles));
        }
    }

    private void page() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(Box.PAGE_WIDTH));
        size.setH(BigInteger.valueOf(Box.PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(Box.twips(Box.MARGIN_TOP_MM)));
        mar.setBottom(BigInteger.valueOf(Box.twips(Box.MARGIN_BOTTOM_MM)));
        mar.setLeft(BigInteger.valueOf(Box.twips(Box.MARGIN_LEFT_MM)));
        mar.setRight(BigInteger.valueOf(Box.twips(Box.MARGIN_RIGHT_MM)));
        mar.setHeader(BigInteger.valueOf(Box.twips(Box.HEADER_MM)));
        mar.setFooter(BigInteger.valueOf(Box.twips(Box.HEADER_MM)));
        // Page 1 has a header of its own, empty; the others show the page number centred in the top margin.
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        first.createParagraph();
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
        XWPFHeader other = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = other.createParagraph();
        p.setStyle(Box.PAGE_NUMBER.styleId());
        p.setAlignment(ParagraphAlignment.CENTER);
        field(p, STFldCharType.BEGIN, null);
        XWPFRun instr = fmt(p.createRun(), Box.PAGE_NUMBER);
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        field(p, STFldCharType.SEPARATE, null);
        fmt(p.createRun(), Box.PAGE_NUMBER).setText("2");
        field(p, STFldCharType.END, null);
    }

    private void field(XWPFParagraph p, STFldCharType.Enum type, String unused) {
        fmt(p.createRun(), Box.PAGE_NUMBER).getCTR().addNewFldChar().setFldCharType(type);
    }

    /** Ô số 1–4: the issuer on the left, Quốc hiệu and Tiêu ngữ on the right; the number and the date below. */
    private void header(OfficialDocument d) {
        int total = Box.textWidth();
        int right = Math.max(TextWidth.twips(d.nationalTitle(), Box.NATIONAL_TITLE.size, true),
                TextWidth.twips(d.motto(), Box.MOTTO.size, true)) + 300;
        right = Math.max(right, total * 55 / 100);
        int left = total - right;
        XWPFTable t = plainTable(new int[] {left, right});
        XWPFTableRow top = t.insertNewTableRow(0);
        XWPFTableCell l = cell(top, left);
        XWPFParagraph parent = cellParagraph(l, Box.PARENT_BODY, ParagraphAlignment.CENTER);
        run(parent, d.parentBody(), Box.PARENT_BODY);
        int issuerWidth = 0;
        for (String line : d.issuingBodies()) {
            XWPFParagraph p = l.addParagraph();
            style(p, Box.ISSUING_BODY, ParagraphAlignment.CENTER);
            run(p, line, Box.ISSUING_BODY);
            issuerWidth = Math.max(issuerWidth, Math.min(left, TextWidth.twips(line, Box.ISSUING_BODY.size, true)));
        }
        rule(l.addParagraph(), Box.ISSUER_RULE, left, issuerWidth * 2 / 5);
        XWPFTableCell r = cell(top, right);
        XWPFParagraph national = cellParagraph(r, Box.NATIONAL_TITLE, ParagraphAlignment.CENTER);
        run(national, d.nationalTitle(), Box.NATIONAL_TITLE);
        XWPFParagraph motto = r.addParagraph();
        style(motto, Box.MOTTO, ParagraphAlignment.CENTER);
        run(motto, d.motto(), Box.MOTTO);
        int mottoWidth = TextWidth.twips(d.motto(), Box.MOTTO.size, true) + 60;
        motto.setBorderBottom(Borders.SINGLE);
        motto.setIndentationLeft((right - mottoWidth) / 2);
        motto.setIndentationRight((right - mottoWidth) / 2);
        XWPFTableRow second = t.insertNewTableRow(1);
        XWPFParagraph number = cellParagraph(cell(second, left), Box.NUMBER, ParagraphAlignment.CENTER);
        number.setSpacingBefore(120);
        run(number, d.number(), Box.NUMBER);
        XWPFParagraph date = cellParagraph(cell(second, right), Box.PLACE_DATE, ParagraphAlignment.CENTER);
        date.setSpacingBefore(120);
        run(date, d.placeAndDate(), Box.PLACE_DATE);
    }

    private void signatures(OfficialDocument d) {
        int total = Box.textWidth();
        List<Signature> signs = d.signatures();
        boolean joint = signs.size() > 1;
        int columns = joint ? signs.size() : 2;
        int[] widths = new int[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = total / columns;
        }
        XWPFTable t = plainTable(widths);
        XWPFTableRow row = t.insertNewTableRow(0);
        row.setCantSplitRow(true);
        if (!joint) {
            recipients(cell(row, widths[0]), d, true);
        }
        for (int i = 0; i < signs.size(); i++) {
            Signature s = signs.get(i);
            XWPFTableCell c = cell(row, widths[joint ? i : 1]);
            XWPFParagraph a = cellParagraph(c, Box.SIGN_AUTHORITY, ParagraphAlignment.CENTER);
            a.setSpacingBefore(240);
            String[] authority = s.authority().split("\n");
            run(a, authority[0], Box.SIGN_AUTHORITY);
            for (int k = 1; k < authority.length; k++) {
                XWPFParagraph more = c.addParagraph();
                style(more, Box.SIGN_AUTHORITY, ParagraphAlignment.CENTER);
                run(more, authority[k], Box.SIGN_AUTHORITY);
            }
            if (s.post() != null && !s.post().isBlank()) {
                XWPFParagraph post = c.addParagraph();
                style(post, Box.SIGN_POST, ParagraphAlignment.CENTER);
                run(post, s.post(), Box.SIGN_POST);
            }
            for (int k = 0; k < 4; k++) {
                style(c.addParagraph(), Box.SIGN_SPACE, ParagraphAlignment.CENTER);
            }
            XWPFParagraph name = c.addParagraph();
            style(name, Box.SIGN_NAME, ParagraphAlignment.CENTER);
            run(name, s.name() == null ? "" : s.name(), Box.SIGN_NAME);
        }
        if (joint) {
            XWPFParagraph gap = paragraph(Box.SIGN_SPACE, ParagraphAlignment.LEFT);
            gap.setSpacingAfter(0);
            XWPFTable rt = plainTable(new int[] {total / 2, total - total / 2});
            XWPFTableRow rr = rt.insertNewTableRow(0);
            recipients(cell(rr, total / 2), d, false);
            cell(rr, total - total / 2).addParagraph();
        }
    }

    private void recipients(XWPFTableCell c, OfficialDocument d, boolean spaced) {
        XWPFParagraph label = cellParagraph(c, Box.RECIPIENTS_LABEL, ParagraphAlignment.LEFT);
        label.setSpacingBefore(spaced ? 240 : 0);
        run(label, d.recipientsLabel(), Box.RECIPIENTS_LABEL);
        for (String item : d.recipients()) {
            XWPFParagraph p = c.addParagraph();
            style(p, Box.RECIPIENT, ParagraphAlignment.LEFT);
            run(p, item, Box.RECIPIENT);
        }
    }

    private void block(ReportBlock b) {
        if (b instanceof ReportBlock.Heading h) {
            XWPFParagraph p = paragraph(Box.HEADING, ParagraphAlignment.BOTH);
            p.setIndentationFirstLine(Box.INDENT_TWIPS);
            p.setSpacingAfter(Box.SPACE_AFTER_TWIPS);
            p.setKeepNext(true);
            XWPFRun r = run(p, h.text(), Box.HEADING);
            r.setItalic(h.level() >= 3);
        } else if (b instanceof ReportBlock.Paragraph p) {
            body(Box.BODY, p.text());
        } else if (b instanceof ReportBlock.EditableText e) {
            body(Box.BODY, e.defaultText());
        } else if (b instanceof ReportBlock.Table t) {
            table(t);
        }
    }

    private void body(Box box, String text) {
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            XWPFParagraph p = paragraph(box, ParagraphAlignment.BOTH);
            p.setIndentationFirstLine(Box.INDENT_TWIPS);
            p.setSpacingAfter(Box.SPACE_AFTER_TWIPS);
            p.setSpacingBetween(Box.LINE_240THS / 240.0, LineSpacingRule.AUTO);
            run(p, line.strip(), box);
        }
    }

    private void table(ReportBlock.Table t) {
        int cols = t.columns();
        if (cols == 0) {
            return;
        }
        if (t.caption() != null) {
            XWPFParagraph cap = paragraph(Box.TABLE_CAPTION, ParagraphAlignment.CENTER);
            cap.setSpacingBefore(120);
            cap.setSpacingAfter(Box.SPACE_AFTER_TWIPS);
            cap.setKeepNext(true);
            run(cap, t.caption(), Box.TABLE_CAPTION);
        }
        int[] widths = columnWidths(t, cols);
        XWPFTable x = doc.createTable();
        x.removeRow(0);
        grid(x, widths);
        x.setTableAlignment(TableRowAlign.CENTER);
        int hr = t.header().size();
        ReportBlock.HeaderCell[][] owner = new ReportBlock.HeaderCell[hr][cols];
        int[][] startRow = new int[hr][cols];
        boolean[][] startCol = new boolean[hr][cols];
        for (int r = 0; r < hr; r++) {
            int c = 0;
            for (ReportBlock.HeaderCell cell : t.header().get(r)) {
                while (c < cols && owner[r][c] != null) {
                    c++;
                }
                for (int rr = r; rr < Math.min(hr, r + cell.rowSpan()); rr++) {
                    for (int cc = c; cc < Math.min(cols, c + cell.colSpan()); cc++) {
                        owner[rr][cc] = cell;
                        startRow[rr][cc] = r;
                    }
                    if (c < cols) {
                        startCol[rr][c] = true;
                    }
                }
                c += cell.colSpan();
            }
        }
        int rowIndex = 0;
        for (int r = 0; r < hr; r++) {
            XWPFTableRow row = x.insertNewTableRow(rowIndex++);
            row.setRepeatHeader(true);
            row.setCantSplitRow(true);
            int c = 0;
            while (c < cols) {
                ReportBlock.HeaderCell o = owner[r][c];
                int span = o == null ? 1 : Math.min(o.colSpan(), cols - c);
                int w = 0;
                for (int k = c; k < c + span; k++) {
                    w += widths[k];
                }
                XWPFTableCell cell = cell(row, w);
                CTTcPr pr = cell.getCTTc().getTcPr();
                if (span > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                boolean starts = o == null || startRow[r][c] == r;
                if (o != null && o.rowSpan() > 1) {
                    pr.addNewVMerge().setVal(starts ? STMerge.RESTART : STMerge.CONTINUE);
                }
                XWPFParagraph p = cellParagraph(cell, Box.TABLE_TEXT, ParagraphAlignment.CENTER);
                if (o != null && starts) {
                    run(p, o.text(), Box.TABLE_TEXT).setBold(true);
                }
                c += span;
            }
        }
        for (List<ReportBlock.Cell> cells : t.body()) {
            XWPFTableRow row = x.insertNewTableRow(rowIndex++);
            row.setCantSplitRow(true);
            for (int c = 0; c < cols; c++) {
                ReportBlock.Cell v = c < cells.size() ? cells.get(c) : ReportBlock.Cell.empty();
                XWPFTableCell cell = cell(row, widths[c]);
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                XWPFParagraph p = cellParagraph(cell, Box.TABLE_TEXT,
                        v.isNumber() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                String text = v.isNumber() ? numbers.format(v.number()) : v.text();
                if (text != null) {
                    run(p, text, Box.TABLE_TEXT);
                }
            }
        }
        // a paragraph after the table, so that two tables never touch
        paragraph(Box.BODY, ParagraphAlignment.LEFT).setSpacingAfter(0);
    }

    /** Text columns get three shares of the width, number columns one. */
    private static int[] columnWidths(ReportBlock.Table t, int cols) {
        int[] shares = new int[cols];
        for (int c = 0; c < cols; c++) {
            int col = c;
            long texts = t.body().stream().filter(r -> col < r.size() && r.get(col).text() != null
                    && r.get(col).text().length() > 12).count();
            shares[c] = texts * 2 >= Math.max(1, t.body().size()) ? 3 : 1;
        }
        int sum = java.util.Arrays.stream(shares).sum();
        int total = Box.textWidth();
        int[] widths = new int[cols];
        for (int c = 0; c < cols; c++) {
            widths[c] = total * shares[c] / sum;
        }
        return widths;
    }

    private XWPFTable plainTable(int[] widths) {
        XWPFTable t = doc.createTable();
        t.removeRow(0);
        grid(t, widths);
        t.removeBorders();
        CTTblPr pr = t.getCTTbl().getTblPr();
        var mar = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        mar.addNewLeft().setW(BigInteger.ZERO);
        mar.getLeft().setType(STTblWidth.DXA);
        mar.addNewRight().setW(BigInteger.ZERO);
        mar.getRight().setType(STTblWidth.DXA);
        return t;
    }

    private static void grid(XWPFTable t, int[] widths) {
        CTTblPr pr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
        var w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(java.util.Arrays.stream(widths).sum()));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
    }

    private static XWPFTableCell cell(XWPFTableRow row, int width) {
        XWPFTableCell c = row.addNewTableCell();
        CTTcPr pr = c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
        var w = pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        pr.addNewVAlign().setVal(STVerticalJc.TOP);
        return c;
    }

    private static XWPFParagraph cellParagraph(XWPFTableCell c, Box box, ParagraphAlignment align) {
        XWPFParagraph p = c.getParagraphs().isEmpty() ? c.addParagraph() : c.getParagraphs().get(0);
        style(p, box, align);
        return p;
    }

    private XWPFParagraph paragraph(Box box, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        style(p, box, align);
        return p;
    }

    private static void style(XWPFParagraph p, Box box, ParagraphAlignment align) {
        p.setStyle(box.styleId());
        p.setAlignment(align);
        p.setSpacingAfter(0);
    }

    /** A rule: an empty paragraph ruled below, {@code width} long, centred in {@code within}. */
    private XWPFParagraph rule(Box box, int within, int width) {
        XWPFParagraph p = doc.createParagraph();
        rule(p, box, within, width);
        return p;
    }

    private static void rule(XWPFParagraph p, Box box, int within, int width) {
        style(p, box, ParagraphAlignment.CENTER);
        p.setBorderBottom(Borders.SINGLE);
        p.setIndentationLeft((within - width) / 2);
        p.setIndentationRight((within - width) / 2);
        p.setSpacingBetween(box.size + 2, LineSpacingRule.EXACT);
        fmt(p.createRun(), box);
    }

    private static XWPFRun run(XWPFParagraph p, String text, Box box) {
        XWPFRun r = fmt(p.createRun(), box);
        r.setText(text == null ? "" : text);
        return r;
    }

    private static XWPFRun fmt(XWPFRun r, Box box) {
        r.setFontFamily(Box.FONT);
        r.setFontSize(box.size);
        r.setBold(Boolean.TRUE.equals(box.bold));
        r.setItalic(Boolean.TRUE.equals(box.italic));
        r.setColor("000000");
        return r;
    }
}
