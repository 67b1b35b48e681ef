package vn.chungsuc.reporting.document;

import java.util.List;
import java.util.Locale;
import vn.chungsuc.reporting.document.OfficialDocument.Part;
import vn.chungsuc.reporting.document.OfficialDocument.Signature;
import vn.chungsuc.shared.sections.ReportBlock;

/**
 * Writes an {@link OfficialDocument} as XHTML with print CSS by the same boxes as the DOCX: the browser preview and,
 * through {@code shared.documents.PdfDocuments} (openhtmltopdf, Liberation Serif embedded), the PDF. A4 portrait
 * with the decree's margins, the page number centred in the top margin from page 2, table header rows repeated.
 */
public final class XhtmlWriter {

    private final CellNumbers numbers;

    public XhtmlWriter(Locale locale) {
        this.numbers = new CellNumbers(locale);
    }

    /** A whole page, for the PDF renderer (print CSS included). */
    public String page(OfficialDocument d) {
        return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/><title>"
                + esc(d.typeName() + " " + d.summary()) + "</title><style>" + css() + "</style></head><body>"
                + fragment(d) + "</body></html>";
    }

    public static String css() {
        return "@page { size: A4 portrait; margin: " + Box.MARGIN_TOP_MM + "mm " + Box.MARGIN_RIGHT_MM + "mm "
                + Box.MARGIN_BOTTOM_MM + "mm " + Box.MARGIN_LEFT_MM + "mm;"
                + " @top-center { content: counter(page); font-family: 'Times New Roman'; font-size: "
                + Box.PAGE_NUMBER.size + "pt; vertical-align: middle; } }"
                + " @page :first { @top-center { content: none; } }"
                + " .doc { font-family: 'Times New Roman', serif; color: #000; font-size: " + Box.BODY.size + "pt; }"
                + " .doc p { margin: 0; }"
                + " .doc table.head, .doc table.sign { width: 100%; border-collapse: collapse; }"
                + " .doc table.head td, .doc table.sign td { vertical-align: top; text-align: center; padding: 0; }"
                + " .doc .parent { font-size: " + Box.PARENT_BODY.size + "pt; text-transform: none; }"
                + " .doc .issuer { font-size: " + Box.ISSUING_BODY.size + "pt; font-weight: bold; }"
                + " .doc .national { font-size: " + Box.NATIONAL_TITLE.size + "pt; font-weight: bold; }"
                + " .doc .motto { font-size: " + Box.MOTTO.size + "pt; font-weight: bold; display: inline-block;"
                + " border-bottom: 0.75pt solid #000; padding-bottom: 1pt; }"
                + " .doc .rule { border-top: 0.75pt solid #000; margin: 2pt auto 0 auto; height: 0; }"
                + " .doc .number { font-size: " + Box.NUMBER.size + "pt; padding-top: 6pt; }"
                + " .doc .date { font-size: " + Box.PLACE_DATE.size + "pt; font-style: italic; padding-top: 6pt; }"
                + " .doc .type { font-size: " + Box.TYPE_NAME.size + "pt; font-weight: bold; text-align: center;"
                + " margin-top: 18pt; }"
                + " .doc .summary { font-size: " + Box.SUMMARY.size + "pt; font-weight: bold; text-align: center; }"
                + " .doc .summary-rule { margin-bottom: " + Box.SUMMARY_RULE_AFTER_TWIPS / 20 + "pt; }"
                + " .doc .basis { font-style: italic; }"
                + " .doc .body, .doc .basis { text-align: justify; text-indent: 1.27cm; margin-bottom: 6pt;"
                + " line-height: 1.15; }"
                + " .doc .part { font-weight: bold; text-indent: 1.27cm; margin: 6pt 0 6pt 0; page-break-after: avoid; }"
                + " .doc .heading { font-weight: bold; text-indent: 1.27cm; margin-bottom: 6pt;"
                + " page-break-after: avoid; }"
                + " .doc .heading.l3 { font-style: italic; }"
                + " .doc .caption { font-size: " + Box.TABLE_CAPTION.size + "pt; font-weight: bold; text-align: center;"
                + " margin: 6pt 0; }"
                + " .doc table.data { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate;"
                + " font-size: " + Box.TABLE_TEXT.size + "pt; margin-bottom: 6pt; }"
                + " .doc table.data th, .doc table.data td { border: 0.75pt solid #000; padding: 2pt 3pt; }"
                + " .doc table.data th { font-weight: bold; text-align: center; vertical-align: middle; }"
                + " .doc table.data td.n { text-align: right; }"
                + " .doc table.data tr { page-break-inside: avoid; }"
                + " .doc .sign-authority, .doc .sign-post { font-weight: bold; }"
                + " .doc .sign-name { font-weight: bold; margin-top: 60pt; }"
                + " .doc .recipients { text-align: left; }"
                + " .doc .recipients-label { font-size: " + Box.RECIPIENTS_LABEL.size + "pt; font-weight: bold;"
                + " font-style: italic; margin-top: 12pt; }"
                + " .doc .recipient { font-size: " + Box.RECIPIENT.size + "pt; }";
    }

    /** The document as a fragment ({@code <div class="doc">}), for the preview inside a page. */
    public String fragment(OfficialDocument d) {
        StringBuilder h = new StringBuilder("<div class=\"doc\">");
        h.append("<table class=\"head\"><tr><td style=\"width:42%\">");
        h.append("<p class=\"parent\">").append(esc(d.parentBody())).append("</p>");
        for (String line : d.issuingBodies()) {
            h.append("<p class=\"issuer\">").append(esc(line)).append("</p>");
        }
        h.append("<div class=\"rule\" style=\"width:35%\"></div>");
        h.append("</td><td><p class=\"national\">").append(esc(d.nationalTitle())).append("</p>");
        h.append("<p><span class=\"motto\">").append(esc(d.motto())).append("</span></p></td></tr>");
        h.append("<tr><td><p class=\"number\">").append(esc(d.number())).append("</p></td>");
        h.append("<td><p class=\"date\">").append(esc(d.placeAndDate())).append("</p></td></tr></table>");
        h.append("<p class=\"type\">").append(esc(d.typeName())).append("</p>");
        h.append("<p class=\"summary\">").append(esc(d.summary())).append("</p>");
        h.append("<div class=\"rule summary-rule\" style=\"width:25%\"></div>");
        for (String basis : d.legalBases()) {
            h.append("<p class=\"basis\">").append(esc(basis)).append("</p>");
        }
        for (OfficialDocument.Paragraphs p : d.opening()) {
            paragraphs(h, p.text());
        }
        for (Part part : d.parts()) {
            h.append("<p class=\"part\">").append(esc(part.numeral() + ". " + part.title())).append("</p>");
            for (ReportBlock b : part.blocks()) {
                block(h, b);
            }
        }
        List<Signature> signs = d.signatures();
        boolean joint = signs.size() > 1;
        h.append("<table class=\"sign\"><tr>");
        if (!joint) {
            h.append("<td style=\"width:50%\" class=\"recipients\">");
            recipients(h, d);
            h.append("</td>");
        }
        for (Signature s : signs) {
            h.append("<td style=\"padding-top: 12pt\">");
            for (String line : s.authority().split("\n")) {
                h.append("<p class=\"sign-authority\">").append(esc(line)).append("</p>");
            }
            if (s.post() != null && !s.post().isBlank()) {
                h.append("<p class=\"sign-post\">").append(esc(s.post())).append("</p>");
            }
            h.append("<p class=\"sign-name\">").append(esc(s.name() == null || s.name().isBlank() ? "\u00a0"
                    : s.name())).append("</p></td>");
        }
        h.append("</tr></table>");
        if (joint) {
            h.append("<div class=\"recipients\">");
            recipients(h, d);
            h.append("</div>");
        }
        return h.append("</div>").toString();
    }

    private void recipients(StringBuilder h, OfficialDocument d) {
        h.append("<p class=\"recipients-label\">").append(esc(d.recipientsLabel())).append("</p>");
        for (String r : d.recipients()) {
            h.append("<p class=\"recipient\">").append(esc(r)).append("</p>");
        }
    }

    private void paragraphs(StringBuilder h, String text) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                h.append("<p class=\"body\">").append(esc(line.strip())).append("</p>");
            }
        }
    }

    private void block(StringBuilder h, ReportBlock b) {
        if (b instanceof ReportBlock.Heading x) {
            h.append("<p class=\"heading").append(x.level() >= 3 ? " l3" : "").append("\">").append(esc(x.text()))
                    .append("</p>");
        } else if (b instanceof ReportBlock.Paragraph p) {
            paragraphs(h, p.text());
        } else if (b instanceof ReportBlock.EditableText e) {
            paragraphs(h, e.defaultText());
        } else if (b instanceof ReportBlock.Table t) {
            if (t.caption() != null) {
                h.append("<p class=\"caption\">").append(esc(t.caption())).append("</p>");
            }
            h.append("<table class=\"data\"><thead>");
            for (List<ReportBlock.HeaderCell> row : t.header()) {
                h.append("<tr>");
                for (ReportBlock.HeaderCell c : row) {
                    h.append("<th");
                    if (c.colSpan() > 1) {
                        h.append(" colspan=\"").append(c.colSpan()).append('"');
                    }
                    if (c.rowSpan() > 1) {
                        h.append(" rowspan=\"").append(c.rowSpan()).append('"');
                    }
                    h.append('>').append(esc(c.text())).append("</th>");
                }
                h.append("</tr>");
            }
            h.append("</thead><tbody>");
            for (List<ReportBlock.Cell> row : t.body()) {
                h.append("<tr>");
                for (ReportBlock.Cell c : row) {
                    if (c.isNumber()) {
                        h.append("<td class=\"n\">").append(esc(numbers.format(c.number()))).append("</td>");
                    } else {
                        h.append("<td>").append(esc(c.text() == null ? "" : c.text())).append("</td>");
                    }
                }
                h.append("</tr>");
            }
            h.append("</tbody></table>");
        }
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
