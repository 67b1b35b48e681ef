package vn.chungsuc.reporting.document;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How a table's number reads in a document: in the document's language, with the decimals its contributor gave it
 * (at most two), so that a column of rates reads "75,0" beside "91,9" and never "75" beside "91,9".
 */
final class CellNumbers {

    private static final int MAX_DECIMALS = 2;

    private final NumberFormat[] byDecimals = new NumberFormat[MAX_DECIMALS + 1];

    CellNumbers(Locale locale) {
        for (int d = 0; d <= MAX_DECIMALS; d++) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMinimumFractionDigits(d);
            f.setMaximumFractionDigits(d);
            byDecimals[d] = f;
        }
    }

    String format(BigDecimal n) {
        int decimals = Math.max(0, Math.min(MAX_DECIMALS, n.scale()));
        return byDecimals[decimals].format(n);
    }
}
