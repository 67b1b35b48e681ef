package vn.chungsuc.shared.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file sent to the browser to save: its name (UTF-8, Vietnamese kept), its type (a stored type that does not parse
 * is sent as bytes) and {@code nosniff}, so that an uploaded file is never run as a page.
 */
public final class Downloads {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    /** An uploaded or stored file, by the type it was stored with. */
    public static ResponseEntity<byte[]> file(String name, String contentType, byte[] body) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException | NullPointerException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return attachment(name, type, body);
    }

    /** An Excel workbook this application wrote. */
    public static ResponseEntity<byte[]> xlsx(String name, byte[] body) {
        return attachment(name, XLSX, body);
    }

    private static ResponseEntity<byte[]> attachment(String name, MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(body);
    }
}
