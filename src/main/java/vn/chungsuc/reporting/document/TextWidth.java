package vn.chungsuc.reporting.document;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;

/**
 * How wide a line of text prints in Times New Roman, measured on Liberation Serif (the same metrics): for the rules
 * that must be as long as the motto, or a third to a half of the issuing body's name.
 */
public final class TextWidth {

    private static final ConcurrentHashMap<Boolean, Font> FONTS = new ConcurrentHashMap<>();
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private TextWidth() {
    }

    /** The width in twentieths of a point. */
    public static int twips(String text, double points, boolean bold) {
        Font f = FONTS.computeIfAbsent(bold, b -> load(b ? "fonts/LiberationSerif-Bold.ttf"
                : "fonts/LiberationSerif-Regular.ttf"));
        return (int) Math.ceil(f.deriveFont((float) points).getStringBounds(text, FRC).getWidth() * 20);
    }

    private static Font load(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | java.awt.FontFormatException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
