package vn.chungsuc.plan.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * What a file is by its bytes, never by the name or type the browser sent: PDF, PNG, JPEG, and the Office Open XML
 * documents (Word, Excel) that officials attach; anything else is refused. Photos lose their metadata (EXIF with GPS
 * position and camera, XMP, comments) before they are kept. Links as evidence must stay inside the application.
 */
public final class FileTypes {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final Set<String> PHOTOS = Set.of(PNG, JPEG);

    private FileTypes() {
    }

    /** The type the content shows, if it is one we keep. */
    public static Optional<String> sniff(byte[] b) {
        if (b == null || b.length < 3) {
            return Optional.empty();
        }
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of(PDF);
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(b, 0x50, 0x4B, 0x03, 0x04)) {
            // the zip's first entries name the parts: word/… for a document, xl/… for a workbook
            String head = new String(b, 0, Math.min(b.length, 64 * 1024), StandardCharsets.ISO_8859_1);
            if (head.contains("[Content_Types].xml") || head.contains("word/") || head.contains("xl/")) {
                if (head.contains("word/")) {
                    return Optional.of(DOCX);
                }
                if (head.contains("xl/")) {
                    return Optional.of(XLSX);
                }
            }
        }
        return Optional.empty();
    }

    /** A photo by its content (PNG or JPEG), or empty. */
    public static Optional<String> photo(byte[] b) {
        return sniff(b).filter(PHOTOS::contains);
    }

    /**
     * The photo without metadata: a JPEG without its APPn segments but JFIF (APP0) and Adobe (APP14, colours) and
     * without comments; a PNG without its text, time and eXIf chunks. Other bytes are returned as they are.
     */
    public static byte[] stripMetadata(byte[] b) {
        Optional<String> type = sniff(b);
        if (type.equals(Optional.of(JPEG))) {
            return jpeg(b);
        }
        if (type.equals(Optional.of(PNG))) {
            return png(b);
        }
        return b;
    }

    private static byte[] jpeg(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(0xFF);
        out.write(0xD8);
        int i = 2;
        while (i + 4 <= b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return b; // not a segment where one should be: keep the file as it came rather than break it
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xDA) { // start of scan: the image data to the end
                out.write(b, i, b.length - i);
                return out.toByteArray();
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            if (length < 2 || i + 2 + length > b.length) {
                return b;
            }
            boolean metadata = marker >= 0xE1 && marker <= 0xEF && marker != 0xEE || marker == 0xFE;
            if (!metadata) {
                out.write(b, i, 2 + length);
            }
            i += 2 + length;
        }
        return out.toByteArray();
    }

    private static final Set<String> PNG_METADATA = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");

    private static byte[] png(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 8);
        int i = 8;
        while (i + 12 <= b.length) {
            long length = ((long) (b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8)
                    | (b[i + 3] & 0xFF);
            if (length > b.length - i - 12) {
                return b;
            }
            String kind = new String(b, i + 4, 4, StandardCharsets.ISO_8859_1);
            int size = (int) length + 12;
            if (!PNG_METADATA.contains(kind)) {
                out.write(b, i, size);
            }
            i += size;
        }
        return out.toByteArray();
    }

    /**
     * A link to a record of the application: a path from its root ("/recognition/rounds/12"), no scheme, no other
     * host ("//x", "/\\x"), no control characters or spaces, bounded in length.
     */
    public static boolean insideApp(String link, int max) {
        if (link == null || link.isEmpty() || link.length() > max || !link.startsWith("/")) {
            return false;
        }
        if (link.startsWith("//") || link.startsWith("/\\") || link.contains("..")) {
            return false;
        }
        return link.chars().allMatch(ch -> ch > 0x20 && ch < 0x7F && ch != '\\');
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
