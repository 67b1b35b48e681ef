package vn.chungsuc.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Search keys for Vietnamese names: diacritics folded away (đ becomes d), lower case, single spaces, so that
 * "nguyen van a" finds "Nguyễn Văn A". Store the key beside the name and compare keys, never raw names.
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unmarked = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(unmarked.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }

    /** A key safe for SQL LIKE: the folded text with %, _ and \ escaped. */
    public static String likeKey(String text) {
        return searchKey(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
