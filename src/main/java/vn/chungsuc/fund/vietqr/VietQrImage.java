package vn.chungsuc.fund.vietqr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The QR image of a payload: PNG, error correction M, the standard quiet zone of 4 modules; no ECI
 * segment (the payload is ASCII), which some bank apps do not read. */
public final class VietQrImage {

    public static final int DEFAULT_SIZE = 300;
    public static final int MIN_SIZE = 120;
    public static final int MAX_SIZE = 1000;

    private VietQrImage() {
    }

    public static byte[] png(String payload) {
        return png(payload, DEFAULT_SIZE);
    }

    /** A square PNG of {@code size} pixels (bounded to 120–1000). */
    public static byte[] png(String payload, int size) {
        int px = Math.max(MIN_SIZE, Math.min(MAX_SIZE, size));
        try {
            BitMatrix matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, px, px, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 4));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("payload cannot be drawn as a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
