package vn.chungsuc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.chungsuc.shared.documents.PdfDocuments;

class PdfDocumentsTest {

    @Test
    void vietnameseLettersSurviveIntoThePdfWithTheFontEmbedded() throws Exception {
        String text = "Ủy ban nhân dân phường Ba Đình công nhận “Gia đình văn hóa” năm 2024: Nguyễn Thị Hường, Đỗ Văn Lưỡng";
        byte[] pdf = new PdfDocuments(null, null).fromXhtml("""
                <html><head><style>body { font-family: 'Times New Roman'; font-size: 14pt; }</style></head>
                <body><p>%s</p><p><b>Chủ tịch</b> <i>Lê Quý Đôn</i></p></body></html>""".formatted(text));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains(text).contains("Chủ tịch").contains("Lê Quý Đôn");
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            }
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 60);
            Path dir = Files.createDirectories(Path.of("target/screenshots"));
            ImageIO.write(image, "png", dir.resolve("pdf-documents-test.png").toFile());
        }
    }
}
