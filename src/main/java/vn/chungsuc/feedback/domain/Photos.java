package vn.chungsuc.feedback.domain;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * A photo as kept: decoded from its bytes (JPEG or PNG recognised by their signature, not by the name or type the
 * browser sent), scaled to at most {@link #MAX_SIDE} pixels and written again as JPEG, which leaves behind every
 * EXIF, GPS, XMP or comment block the original carried.
 */
public final class Photos {

    public static final int MAX_SIDE = 1600;

    public record Encoded(byte[] bytes, int width, int height) {
    }

    private Photos() {
    }

    /** The photo re-encoded, or null when the bytes are not a JPEG or PNG picture. */
    public static Encoded reencode(byte[] original) {
        if (!jpeg(original) && !png(original)) {
            return null;
        }
        BufferedImage in;
        try {
            in = ImageIO.read(new ByteArrayInputStream(original));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (in == null || in.getWidth() < 1 || in.getHeight() < 1 || (long) in.getWidth() * in.getHeight() > 60_000_000L) {
            return null;
        }
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(in.getWidth(), in.getHeight()));
        int w = Math.max(1, (int) Math.round(in.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(in.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(in, 0, 0, w, h, null);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(out, "jpg", bytes);
        } catch (IOException e) {
            return null;
        }
        return new Encoded(bytes.toByteArray(), w, h);
    }

    static boolean jpeg(byte[] b) {
        return b != null && b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
    }

    static boolean png(byte[] b) {
        return b != null && b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }
}
