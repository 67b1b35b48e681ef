package vn.chungsuc.shared.sections;

import java.math.BigDecimal;
import java.util.List;

/**
 * Neutral content of a {@link ReportSection}: what a renderer (DOCX, PDF, a web page) lays out in the format of an
 * official document without knowing the module. Texts are already in the request's language.
 */
public sealed interface ReportBlock {

    /** A heading; level 1 is the section's own, 2 and 3 below it. */
    record Heading(int level, String text) implements ReportBlock {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level 1–3: " + level);
            }
        }
    }

    record Paragraph(String text) implements ReportBlock {
    }

    /**
     * A table: header rows whose cells may span columns and rows, and body rows of numbers and texts.
     *
     * @param caption shown above the table; may be null
     */
    record Table(String caption, List<List<HeaderCell>> header, List<List<Cell>> body) implements ReportBlock {

        public Table {
            header = header.stream().map(List::copyOf).toList();
            body = body.stream().map(List::copyOf).toList();
        }

        /** How many columns the table has: the first header row's column spans added up. */
        public int columns() {
            return header.isEmpty() ? body.isEmpty() ? 0 : body.get(0).size()
                    : header.get(0).stream().mapToInt(HeaderCell::colSpan).sum();
        }
    }

    /** A header cell spanning {@code colSpan} columns and {@code rowSpan} header rows. */
    record HeaderCell(String text, int colSpan, int rowSpan) {

        public HeaderCell {
            if (colSpan < 1 || rowSpan < 1) {
                throw new IllegalArgumentException("spans start at 1");
            }
        }

        public static HeaderCell of(String text) {
            return new HeaderCell(text, 1, 1);
        }
    }

    /**
     * A body cell: a number (a renderer formats it in the document's language and aligns it right) or a text.
     * Exactly one of the two is set, or neither for an empty cell.
     */
    record Cell(String text, BigDecimal number) {

        public Cell {
            if (text != null && number != null) {
                throw new IllegalArgumentException("a cell holds a text or a number");
            }
        }

        public static Cell text(String text) {
            return new Cell(text, null);
        }

        public static Cell number(long n) {
            return new Cell(null, BigDecimal.valueOf(n));
        }

        public static Cell number(BigDecimal n) {
            return n == null ? empty() : new Cell(null, n);
        }

        public static Cell empty() {
            return new Cell(null, null);
        }

        public boolean isNumber() {
            return number != null;
        }
    }

    /**
     * A text the officer may rewrite in the report (an assessment, the tasks ahead), proposed with a default
     * written from the figures.
     *
     * @param key stable within the section, so that the report keeps the officer's text
     * @param label what the text is for ("Đánh giá chung")
     */
    record EditableText(String key, String label, String defaultText) implements ReportBlock {
    }
}
