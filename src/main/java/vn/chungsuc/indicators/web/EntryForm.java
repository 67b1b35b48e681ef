package vn.chungsuc.indicators.web;

/**
 * What an officer types for a value. Numbers are whole; "2.345" and "2 345" are read as 2345 (the dot groups
 * thousands in Vietnamese), so a number typed as it is written on paper is not refused.
 */
record EntryForm(String numerator, String denominator, String note, Integer version) {

    Long numeratorValue() {
        return parse(numerator);
    }

    Long denominatorValue() {
        return parse(denominator);
    }

    static Long parse(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.strip().replaceAll("[.\\s\\u00a0]", "");
        if (!digits.matches("\\d{1,15}")) {
            return null;
        }
        return Long.valueOf(digits);
    }
}
