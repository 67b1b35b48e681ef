package vn.chungsuc.reporting.document;

/**
 * The boxes of decree 30/2020/NĐ-CP, Phụ lục I, each with its size in points and its style, as the DOCX writer sets
 * them and the lint checks them. A DOCX paragraph names its box by its paragraph style ({@link #styleId()}), so that
 * the lint finds every box again in a document read back.
 *
 * @param min smallest size allowed (points)
 * @param max largest size allowed
 * @param size the size Chung Sức writes
 * @param bold null: either
 * @param italic null: either
 * @param upper the text must be in capitals
 */
public enum Box {
    PARENT_BODY(12, 13, 13, false, false, true),
    ISSUING_BODY(12, 13, 13, true, false, true),
    ISSUER_RULE(0, 99, 2, null, null, false),
    NUMBER(13, 13, 13, false, false, false),
    NATIONAL_TITLE(12, 13, 12, true, false, true),
    MOTTO(13, 14, 13, true, false, false),
    PLACE_DATE(13, 14, 14, false, true, false),
    TYPE_NAME(13, 14, 14, true, false, true),
    SUMMARY(13, 14, 14, true, false, false),
    SUMMARY_RULE(0, 99, 2, null, null, false),
    LEGAL_BASIS(13, 14, 14, false, true, false),
    BODY(13, 14, 14, null, null, false),
    PART(13, 14, 14, true, false, true),
    HEADING(13, 14, 14, true, null, false),
    TABLE_CAPTION(12, 14, 13, true, false, false),
    TABLE_TEXT(10, 14, 12, null, false, false),
    SIGN_AUTHORITY(13, 14, 14, true, false, true),
    SIGN_POST(13, 14, 14, true, false, true),
    SIGN_SPACE(13, 14, 14, null, null, false),
    SIGN_NAME(13, 14, 14, true, false, false),
    RECIPIENTS_LABEL(12, 12, 12, true, true, false),
    RECIPIENT(11, 11, 11, false, false, false),
    PAGE_NUMBER(13, 14, 14, false, false, false);

    public final double min;
    public final double max;
    public final int size;
    public final Boolean bold;
    public final Boolean italic;
    public final boolean upper;

    Box(double min, double max, int size, Boolean bold, Boolean italic, boolean upper) {
        this.min = min;
        this.max = max;
        this.size = size;
        this.bold = bold;
        this.italic = italic;
        this.upper = upper;
    }

    /** The paragraph style naming the box in a DOCX: {@code Cs} and the box's name in camel case. */
    public String styleId() {
        StringBuilder out = new StringBuilder("Cs");
        for (String w : name().split("_")) {
            out.append(w.charAt(0)).append(w.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return out.toString();
    }

    public static java.util.Optional<Box> ofStyle(String styleId) {
        for (Box b : values()) {
            if (b.styleId().equals(styleId)) {
                return java.util.Optional.of(b);
            }
        }
        return java.util.Optional.empty();
    }

    /** The page: A4 portrait, in twentieths of a point, and the margins Chung Sức writes (millimetres). */
    public static final int PAGE_WIDTH = 11906;
    public static final int PAGE_HEIGHT = 16838;
    public static final int MARGIN_TOP_MM = 20;
    public static final int MARGIN_BOTTOM_MM = 20;
    public static final int MARGIN_LEFT_MM = 30;
    public static final int MARGIN_RIGHT_MM = 15;
    /** Where the page number sits: 10 mm from the top, inside the top margin. */
    public static final int HEADER_MM = 10;
    /** The first-line indent of body paragraphs: 1.27 cm. */
    public static final int INDENT_TWIPS = 720;
    /** Space after a body paragraph: 6 pt. */
    public static final int SPACE_AFTER_TWIPS = 120;
    /** Space between the summary's rule and the first legal basis: 12 pt, a blank line of the body. */
    public static final int SUMMARY_RULE_AFTER_TWIPS = 240;
    /** Line spacing of the body, in 240ths of a line: 1.15 lines. */
    public static final int LINE_240THS = 276;
    public static final String FONT = "Times New Roman";

    public static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    public static double mm(long twips) {
        return twips * 25.4 / 1440;
    }

    public static int textWidth() {
        return PAGE_WIDTH - twips(MARGIN_LEFT_MM) - twips(MARGIN_RIGHT_MM);
    }
}
