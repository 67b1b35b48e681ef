package vn.chungsuc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;

/**
 * The demo's yearly report of thị xã Bỉm Sơn for 2018 and the final review of 2020, opened the way an office opens
 * them: the DOCX converted by LibreOffice (headless) to PDF and rendered to PNG (PDFBox), the first page's boxes
 * found by their text and position (the issuer top left, Quốc hiệu and Tiêu ngữ top right, the number and the date
 * on one line below, the type name centred under them), every Vietnamese letter read back as written; and the PDF
 * Chung Sức makes itself checked the same way, with every font embedded. Images in target/screenshots.
 */
@IntegrationTest
class ReportsLibreOfficeIntegrationTest {

    /** Every letter of Vietnamese with its tone marks, in both cases. */
    static final String LETTERS = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụ"
            + "ưừứửữựvxyỳýỷỹỵ";

    @Autowired MockMvc mvc;
    private final ObjectMapper json = new ObjectMapper();

    long create(String body) throws Exception {
        String out = mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(csrf()).with(httpBasic("mttq", "chungsuc"))).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = json.readTree(out).get("id").asLong();
        String letters = "Bảng chữ cái: " + LETTERS + " " + LETTERS.toUpperCase(java.util.Locale.forLanguageTag("vi"))
                + ".";
        mvc.perform(put("/api/v1/reports/" + id + "/texts").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(java.util.Map.of("texts", java.util.Map.of("tasks", letters),
                        "signer", "chutichmttq")))
                .with(csrf()).with(httpBasic("mttq", "chungsuc"))).andExpect(status().isNoContent());
        return id;
    }

    byte[] download(long id, String ext) throws Exception {
        return mvc.perform(get("/api/v1/reports/" + id + "." + ext).with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    static String soffice() throws Exception {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, "soffice").canExecute()) {
                return new File(dir, "soffice").getPath();
            }
        }
        return null;
    }

    static String sofficeOrInstall() throws Exception {
        String found = soffice();
        if (found == null && new File("scripts/install-test-deps.sh").exists()) {
            Process p = new ProcessBuilder("bash", "scripts/install-test-deps.sh").inheritIO().start();
            p.waitFor(15, TimeUnit.MINUTES);
            found = soffice();
        }
        return found;
    }

    /** A piece of text on a page and where it starts, in points from the top left. */
    record Piece(String text, float x, float y, float width) {
    }

    static List<Piece> pieces(PDDocument doc, int page) throws IOException {
        List<Piece> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                if (!positions.isEmpty()) {
                    TextPosition first = positions.get(0);
                    TextPosition last = positions.get(positions.size() - 1);
                    out.add(new Piece(Normalizer.normalize(text, Normalizer.Form.NFC), first.getXDirAdj(),
                            first.getYDirAdj(), last.getXDirAdj() + last.getWidthDirAdj() - first.getXDirAdj()));
                }
                super.writeString(text, positions);
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return out;
    }

    static Piece find(List<Piece> pieces, String text) {
        return pieces.stream().filter(p -> p.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("not on page 1: " + text + " in " + pieces));
    }

    /** Checks the first page's boxes, the letters and the fonts of a PDF; writes its first page as a PNG. */
    static void check(byte[] pdf, String name, boolean joint) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage first = doc.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isBetween(594f, 597f);
            assertThat(first.getMediaBox().getHeight()).isBetween(841f, 843f);
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 100);
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
            long dark = 0;
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    if ((image.getRGB(x, y) & 0xff) < 100) {
                        dark++;
                    }
                }
            }
            assertThat(dark).as("ink on page 1 of " + name).isGreaterThan(2000);

            List<Piece> p = pieces(doc, 1);
            Piece issuer = find(p, joint ? "ỦY BAN NHÂN DÂN - ỦY BAN" : "ỦY BAN MTTQ VIỆT NAM");
            Piece national = find(p, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            Piece motto = find(p, "Độc lập - Tự do - Hạnh phúc");
            Piece number = find(p, "Số:");
            Piece date = find(p, "Bỉm Sơn, ngày");
            Piece type = find(p, "BÁO CÁO");
            float page = first.getMediaBox().getWidth();
            // the issuer in the left column, Quốc hiệu and Tiêu ngữ in the right one, in the top band
            assertThat(issuer.x() + issuer.width()).isLessThan(national.x() + 5);
            assertThat(national.y()).isLessThan(160);
            assertThat(Math.abs(national.y() - p.get(0).y())).isLessThan(20);
            assertThat(motto.y()).isGreaterThan(national.y());
            float mottoMiddle = motto.x() + motto.width() / 2;
            float nationalMiddle = national.x() + national.width() / 2;
            assertThat(Math.abs(mottoMiddle - nationalMiddle)).as("Tiêu ngữ centred under Quốc hiệu").isLessThan(6);
            // the number and the place and date on one line, the number left
            assertThat(Math.abs(number.y() - date.y())).isLessThan(4);
            assertThat(number.x()).isLessThan(date.x());
            assertThat(date.x()).isGreaterThan(page / 2 - 40);
            // the type name below them, centred on the text width (30 mm left, 15 mm right)
            assertThat(type.y()).isGreaterThan(date.y());
            float textMiddle = (85f + (page - 42.5f)) / 2;
            assertThat(Math.abs(type.x() + type.width() / 2 - textMiddle)).isLessThan(12);

            String all = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
            String upper = LETTERS.toUpperCase(java.util.Locale.forLanguageTag("vi"));
            // a justified line spreads its letters, and text extraction may read a gap as a space: the letters are
            // compared with the spaces left out, each letter as written; a page's number (a line of digits alone in
            // the top margin) is left out too, since the alphabet's paragraph may run onto the next page
            String body = java.util.Arrays.stream(all.split("\\R")).filter(l -> !l.strip().matches("\\d{1,3}"))
                    .collect(java.util.stream.Collectors.joining("\n"));
            assertThat(body.replaceAll("\\s+", "")).contains(LETTERS + upper);
            assertThat(all.replaceAll("\\s+", " ")).contains("Nguyễn Văn Thành",
                    "Độc lập - Tự do - Hạnh phúc", "Nơi nhận:", "- Lưu: VT, ");
            assertThat(all).doesNotContain("\uFFFD");
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                var resources = doc.getPage(i).getResources();
                for (COSName font : resources.getFontNames()) {
                    PDFont f = resources.getFont(font);
                    assertThat(f.isEmbedded()).as(name + ": font " + f.getName() + " embedded").isTrue();
                    assertThat(f.getName()).as(name + ": a Times-metric font").containsAnyOf("LiberationSerif",
                            "Liberation Serif", "TimesNewRoman", "Times New Roman");
                }
            }
        }
    }

    static byte[] convert(String soffice, byte[] docx, String name) throws Exception {
        Path dir = Files.createTempDirectory("chungsuc-lo");
        Path in = dir.resolve(name + ".docx");
        Files.write(in, docx);
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), in.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path pdf = dir.resolve(name + ".pdf");
        assertThat(pdf).as("LibreOffice converted " + name + ": " + log).exists();
        return Files.readAllBytes(pdf);
    }

    @Test
    void theYearlyReport2018AndTheFinalReview2020OpenInLibreOfficeAndInChungSucsOwnPdf() throws Exception {
        long yearly = create("{\"kind\":\"YEARLY\",\"unit\":\"381\",\"year\":2018,"
                + "\"programme\":\"1995/CTrPH-UBND-UB.MTTQ\"}");
        long review = create("{\"kind\":\"FINAL_REVIEW\",\"unit\":\"381\",\"year\":2020,\"from\":2017,"
                + "\"programme\":\"1995/CTrPH-UBND-UB.MTTQ\"}");
        // Chung Sức's own PDF first: it needs nothing installed
        check(download(yearly, "pdf"), "reporting-yearly-2018-app", false);
        check(download(review, "pdf"), "reporting-final-review-2020-app", true);

        String soffice = sofficeOrInstall();
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed and could not be installed "
                + "(scripts/install-test-deps.sh needs apt as root or sudo): the DOCX was not opened in LibreOffice");
        check(convert(soffice, download(yearly, "docx"), "yearly-2018"), "reporting-yearly-2018-libreoffice", false);
        check(convert(soffice, download(review, "docx"), "final-review-2020"), "reporting-final-review-2020-libreoffice",
                true);
    }
}
