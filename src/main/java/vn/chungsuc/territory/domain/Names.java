package vn.chungsuc.territory.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Unit names as stored: composed Unicode (files from Windows and macOS mix composed and decomposed accents, which
 * would otherwise make equal names differ) and single spaces.
 */
final class Names {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {
    }

    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        return SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFC).strip()).replaceAll(" ");
    }
}
