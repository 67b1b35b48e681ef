package vn.chungsuc.reporting.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Reads a DOCX back (Apache POI) and checks it against the layout of decree 30/2020/NĐ-CP, Phụ lục I: A4 portrait
 * and the margins' ranges; the page number centred in the top margin, not on page 1; every box in its size, bold,
 * italic and capitals, in Times New Roman and black; the rules under the motto (as long as it) and under the issuing
 * body (a third to a half of it); the number's leading zero and the date's ("ngày 05 tháng 01"); the legal bases
 * ending ";" and the last "."; the body justified with a first-line indent of 1–1.27 cm, at least 6 pt after each
 * paragraph and a line spacing of 1 to 1.5; the recipients "- …;" and the last "- Lưu: VT, …."; table header rows
 * that repeat. Each breach is one line naming the rule and what was found.
 */
public final class DocxLint {

    private static final Set<Box> REQUIRED = EnumSet.of(Box.PARENT_BODY, Box.ISSUING_BODY, Box.ISSUER_RULE,
            Box.NUMBER, Box.NATIONAL_TITLE, Box.MOTTO, Box.PLACE_DATE, Box.TYPE_NAME, Box.SUMMARY, Box.SUMMARY_RULE,
            Box.SIGN_AUTHORITY, Box.SIGN_NAME, Box.RECIPIENTS_LABEL, Box.RECIPIENT);
    /** "Số: 05/BC-MTTQ", a draft's "Số:    /BC-MTTQ": a number below 10 has its leading zero. */
    private static final Pattern NUMBER = Pattern.compile("^\\p{L}+: *(0[1-9]|[1-9]\\d+)? */[\\p{Lu}\\d.\\-]+$");
    /** "Bỉm Sơn, ngày 05 tháng 01 năm 2018": days below 10 and months 1–2 with a leading zero. */
    private static final Pattern DATE = Pattern.compile(
            "^[\\p{L} .'\\-]+, \\p{L}+ (0[1-9]|[12]\\d|3[01]) \\p{L}+ (0[12]|[3-9]|1[0-2]) \\p{L}+ \\d{4}$");
    private static final Pattern LAST_RECIPIENT = Pattern.compile("^- \\p{L}+: VT, .+\\.$");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private DocxLint() {
    }

    public static List<String> check(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return check(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> check(XWPFDocument doc) {
        List<String> out = new ArrayList<>();
        page(doc, out);
        Map<Box, List<XWPFParagraph>> boxes = new EnumMap<>(Box.class);
        List<XWPFParagraph> all = new ArrayList<>();
        collect(doc.getBodyElements(), all);
        for (XWPFParagraph p : all) {
            String text = p.getText();
            Box box = p.getStyleID() == null ? null : Box.ofStyle(p.getStyleID()).orElse(null);
            if (box == null) {
                if (!text.isBlank()) {
                    out.add("a paragraph outside every box: \"" + shorten(text) + "\"");
                }
                continue;
            }
            boxes.computeIfAbsent(box, b -> new ArrayList<>()).add(p);
            runs(p, box, out);
        }
        for (Box b : REQUIRED) {
            if (!boxes.containsKey(b)) {
                out.add("missing box " + b);
            }
        }
        boxes.getOrDefault(Box.NUMBER, List.of()).forEach(p -> {
            if (!NUMBER.matcher(p.getText().strip()).matches()) {
                out.add("number not as \"<label>: 05/BC-MTTQ\" (leading zero below 10): \"" + p.getText() + "\"");
            }
        });
        boxes.getOrDefault(Box.PLACE_DATE, List.of()).forEach(p -> {
            if (!DATE.matcher(p.getText().strip()).matches()) {
                out.add("place and date not as \"<place>, <day> 05 <month> 01 <year> 2018\" (leading zeros): \"" + p.getText()
                        + "\"");
            }
        });
        List<XWPFParagraph> bases = boxes.getOrDefault(Box.LEGAL_BASIS, List.of());
        for (int i = 0; i < bases.size(); i++) {
            String t = bases.get(i).getText().strip();
            String end = i == bases.size() - 1 ? "." : ";";
            if (!t.endsWith(end)) {
                out.add("legal basis " + (i + 1) + " does not end with \"" + end + "\": \"" + shorten(t) + "\"");
            }
        }
        List<XWPFParagraph> recipients = boxes.getOrDefault(Box.RECIPIENT, List.of());
        for (int i = 0; i < recipients.size(); i++) {
            String t = recipients.get(i).getText().strip();
            boolean last = i == recipients.size() - 1;
            if (last ? !LAST_RECIPIENT.matcher(t).matches() : !(t.startsWith("- ") && t.endsWith(";"))) {
                out.add("recipient " + (i + 1) + (last ? " is not the archive line (- …: VT, <unit>.)" : " is not \"- …;\"") + ": \""
                        + t + "\"");
            }
        }
        for (Box b : List.of(Box.BODY, Box.LEGAL_BASIS)) {
            for (XWPFParagraph p : boxes.getOrDefault(b, List.of())) {
                if (p.getText().isBlank()) {
                    continue;
                }
                if (p.getAlignment() != ParagraphAlignment.BOTH) {
                    out.add(b + " not justified: \"" + shorten(p.getText()) + "\"");
                }
                int indent = p.getIndentationFirstLine();
                if (indent < 567 || indent > 720) {
                    out.add(b + " first-line indent " + indent + " twips, not 1–1.27 cm: \"" + shorten(p.getText())
                            + "\"");
                }
                if (p.getSpacingAfter() < 120) {
                    out.add(b + " less than 6 pt after: \"" + shorten(p.getText()) + "\"");
                }
                double line = p.getSpacingBetween();
                if (line > 0 && (line < 1.0 || line > 1.5)) {
                    out.add(b + " line spacing " + line + ", not 1–1.5: \"" + shorten(p.getText()) + "\"");
                }
            }
        }
        boxes.getOrDefault(Box.MOTTO, List.of()).forEach(p -> {
            int text = TextWidth.twips(p.getText(), size(p), true);
            int rule = ruleWidth(p);
            if (rule < 0 || rule < text * 0.9 || rule > text * 1.2) {
                out.add("the motto's rule is " + rule + " twips, not as long as the motto (" + text + ")");
            }
        });
        List<XWPFParagraph> issuer = boxes.getOrDefault(Box.ISSUING_BODY, List.of());
        boxes.getOrDefault(Box.ISSUER_RULE, List.of()).forEach(p -> {
            int within = cellWidth(p);
            int text = issuer.stream().mapToInt(i -> Math.min(within, TextWidth.twips(i.getText(), size(i), true)))
                    .max().orElse(0);
            int rule = ruleWidth(p);
            if (rule < text / 3.0 - 20 || rule > text / 2.0 + 20) {
                out.add("the issuing body's rule is " + rule + " twips, not 1/3–1/2 of its name (" + text + ")");
            }
        });
        boxes.getOrDefault(Box.SUMMARY_RULE, List.of()).forEach(p -> {
            if (ruleWidth(p) <= 0) {
                out.add("no rule under the summary");
            }
            // the rule is the paragraph's bottom border: the space after it, and before the next paragraph, is
            // what separates it from the first legal basis (or the opening)
            int next = all.indexOf(p) + 1 < all.size() ? Math.max(0, all.get(all.indexOf(p) + 1).getSpacingBefore())
                    : 0;
            int gap = Math.max(0, p.getSpacingAfter()) + next;
            if (gap < Box.SUMMARY_RULE_AFTER_TWIPS) {
                out.add("the summary's rule is " + gap / 20 + " pt above the text below it, less than "
                        + Box.SUMMARY_RULE_AFTER_TWIPS / 20 + " pt");
            }
        });
        for (Box b : List.of(Box.TYPE_NAME, Box.SUMMARY, Box.NATIONAL_TITLE, Box.MOTTO, Box.SIGN_AUTHORITY,
                Box.SIGN_NAME)) {
            boxes.getOrDefault(b, List.of()).forEach(p -> {
                if (p.getAlignment() != ParagraphAlignment.CENTER) {
                    out.add(b + " not centred");
                }
            });
        }
        for (XWPFTable t : tables(doc.getBodyElements())) {
            boolean content = t.getRows().stream().flatMap(r -> r.getTableCells().stream())
                    .flatMap(c -> c.getParagraphs().stream())
                    .anyMatch(p -> Box.TABLE_TEXT.styleId().equals(p.getStyleID()));
            if (content && (t.getRows().isEmpty() || !t.getRow(0).isRepeatHeader())) {
                out.add("a table whose header row does not repeat on each page");
            }
        }
        return out;
    }

    private static void page(XWPFDocument doc, List<String> out) {
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        if (sect == null || !sect.isSetPgSz() || !sect.isSetPgMar()) {
            out.add("no page size or margins");
            return;
        }
        CTPageSz size = sect.getPgSz();
        long w = ((BigInteger) size.getW()).longValue();
        long h = ((BigInteger) size.getH()).longValue();
        if (Math.abs(w - Box.PAGE_WIDTH) > 20 || Math.abs(h - Box.PAGE_HEIGHT) > 20
                || size.getOrient() == STPageOrientation.LANDSCAPE) {
            out.add("page " + w + "x" + h + " twips, not A4 portrait");
        }
        CTPageMar m = sect.getPgMar();
        margin("top", m.getTop(), 20, 25, out);
        margin("bottom", m.getBottom(), 20, 25, out);
        margin("left", m.getLeft(), 30, 35, out);
        margin("right", m.getRight(), 15, 20, out);
        if (!sect.isSetTitlePg()) {
            out.add("no first-page header of its own: the page number would show on page 1");
        }
        XWPFHeader first = doc.getHeaderFooterPolicy() == null ? null : doc.getHeaderFooterPolicy().getFirstPageHeader();
        XWPFHeader other = doc.getHeaderFooterPolicy() == null ? null : doc.getHeaderFooterPolicy().getDefaultHeader();
        if (first != null && pageField(first) != null) {
            out.add("the page number shows on page 1");
        }
        XWPFParagraph number = other == null ? null : pageField(other);
        if (number == null) {
            out.add("no page number in the header of pages 2 and after");
        } else {
            if (number.getAlignment() != ParagraphAlignment.CENTER) {
                out.add("the page number is not centred");
            }
            runs(number, Box.PAGE_NUMBER, out);
        }
        if (sect.getPgMar().getHeader() == null
                || ((BigInteger) sect.getPgMar().getHeader()).longValue() >= ((BigInteger) m.getTop()).longValue()) {
            out.add("the page number is not inside the top margin");
        }
    }

    private static void margin(String side, Object twips, int min, int max, List<String> out) {
        double mm = Box.mm(((BigInteger) twips).longValue());
        if (mm < min - 0.1 || mm > max + 0.1) {
            out.add(String.format(Locale.ROOT, "%s margin %.1f mm, not %d–%d mm", side, mm, min, max));
        }
    }

    private static XWPFParagraph pageField(XWPFHeader h) {
        for (XWPFParagraph p : h.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                for (CTText t : r.getCTR().getInstrTextList()) {
                    if (t.getStringValue().strip().startsWith("PAGE")) {
                        return p;
                    }
                }
            }
            if (p.getCTP().getFldSimpleList().stream().anyMatch(f -> f.getInstr().strip().startsWith("PAGE"))) {
                return p;
            }
        }
        return null;
    }

    private static void runs(XWPFParagraph p, Box box, List<String> out) {
        for (XWPFRun r : p.getRuns()) {
            String font = r.getFontFamily();
            if (!Box.FONT.equals(font)) {
                out.add(box + " in font " + font + ", not " + Box.FONT + ": \"" + shorten(p.getText()) + "\"");
            }
            String color = r.getColor();
            if (color != null && !color.equalsIgnoreCase("000000") && !color.equalsIgnoreCase("auto")) {
                out.add(box + " in colour " + color + ", not black");
            }
            String text = r.text();
            if (text == null || text.isBlank()) {
                continue;
            }
            Double size = r.getFontSizeAsDouble();
            if (size == null || size < box.min || size > box.max) {
                out.add(box + " size " + size + ", not " + fmt(box.min) + "–" + fmt(box.max) + ": \""
                        + shorten(text) + "\"");
            }
            if (box.bold != null && r.isBold() != box.bold) {
                out.add(box + (box.bold ? " not bold" : " bold") + ": \"" + shorten(text) + "\"");
            }
            if (box.italic != null && r.isItalic() != box.italic) {
                out.add(box + (box.italic ? " not italic" : " italic") + ": \"" + shorten(text) + "\"");
            }
            if (box.upper && !text.equals(text.toUpperCase(VI))) {
                out.add(box + " not in capitals: \"" + shorten(text) + "\"");
            }
        }
    }

    private static double size(XWPFParagraph p) {
        return p.getRuns().stream().map(XWPFRun::getFontSizeAsDouble).filter(java.util.Objects::nonNull)
                .findFirst().orElse(13.0);
    }

    /** The length of a paragraph's bottom rule: the width it sits in less its indents; -1 when it has none. */
    private static int ruleWidth(XWPFParagraph p) {
        CTPPr pr = p.getCTP().getPPr();
        if (pr == null || !pr.isSetPBdr() || !pr.getPBdr().isSetBottom()) {
            return -1;
        }
        return cellWidth(p) - Math.max(0, p.getIndentationLeft()) - Math.max(0, p.getIndentationRight());
    }

    private static int cellWidth(XWPFParagraph p) {
        IBody body = p.getBody();
        if (body instanceof XWPFTableCell c && c.getCTTc().getTcPr() != null
                && c.getCTTc().getTcPr().getTcW() != null) {
            return ((BigInteger) c.getCTTc().getTcPr().getTcW().getW()).intValue();
        }
        return Box.textWidth();
    }

    private static void collect(List<org.apache.poi.xwpf.usermodel.IBodyElement> elements, List<XWPFParagraph> out) {
        for (var e : elements) {
            if (e instanceof XWPFParagraph p) {
                out.add(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell c : row.getTableCells()) {
                        collect(c.getBodyElements(), out);
                    }
                }
            }
        }
    }

    private static List<XWPFTable> tables(List<org.apache.poi.xwpf.usermodel.IBodyElement> elements) {
        return elements.stream().filter(XWPFTable.class::isInstance).map(XWPFTable.class::cast).toList();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
