package vn.chungsuc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.chungsuc.reporting.document.Box;
import vn.chungsuc.reporting.document.DocxLint;
import vn.chungsuc.reporting.document.DocxWriter;
import vn.chungsuc.reporting.document.OfficialDocument;
import vn.chungsuc.reporting.document.OfficialDocument.Part;
import vn.chungsuc.reporting.document.OfficialDocument.Signature;
import vn.chungsuc.shared.sections.ReportBlock;
import vn.chungsuc.shared.sections.ReportBlock.Cell;
import vn.chungsuc.shared.sections.ReportBlock.HeaderCell;

/**
 * The DOCX writer against the lint of decree 30/2020's layout: a document as Chung Sức writes it passes, and each
 * rule broken on purpose (a size, bold, capitals, a margin, the date's leading zero, the last recipient, the page
 * number on page 1, a table header that does not repeat, the summary's rule on top of the first legal basis) makes it fail with the rule named.
 */
class DocxLintTest {

    static OfficialDocument sample(int signatures) {
        ReportBlock.Table table = new ReportBlock.Table("Kết quả các chỉ tiêu",
                List.of(List.of(new HeaderCell("STT", 1, 2), new HeaderCell("Chỉ tiêu", 1, 2),
                        new HeaderCell("Giá trị", 3, 1)),
                        List.of(HeaderCell.of("Tỷ lệ"), HeaderCell.of("Tử số"), HeaderCell.of("Mẫu số"))),
                List.of(List.of(Cell.number(1), Cell.text("Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa"),
                        Cell.number(new java.math.BigDecimal("80.90")), Cell.number(12040), Cell.number(14883))));
        List<Signature> signs = signatures == 1 ? List.of(new Signature("TM. BAN THƯỜNG TRỰC\nKT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH", "Nguyễn Thị Hằng")) : List.of(new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Ất"),
                new Signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Nguyễn Thị Hằng"));
        return new OfficialDocument("ỦY BAN MTTQ VIỆT NAM TỈNH THANH HÓA",
                List.of("BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM THỊ XÃ BỈM SƠN"),
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 05/BC-MTTQ",
                "Bỉm Sơn, ngày 05 tháng 01 năm 2019", "BÁO CÁO",
                "Kết quả thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” năm 2018",
                List.of("Căn cứ Chương trình phối hợp số 1995/CTrPH-UBND-UB.MTTQ ngày 09/10/2017;",
                        "Căn cứ kết quả kiểm tra, đánh giá năm 2018."),
                List.of(new OfficialDocument.Paragraphs("Năm 2018, toàn thị xã có 12.040/14.883 hộ đạt danh hiệu "
                        + "Gia đình văn hóa (80,9 %).")),
                List.of(new Part("I", "KẾT QUẢ THỰC HIỆN", List.of(new ReportBlock.Heading(1, "1. Các chỉ tiêu"),
                        table, new ReportBlock.Paragraph("Đánh giá: đạt 12/17 chỉ tiêu."))),
                        new Part("II", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2019",
                                List.of(new ReportBlock.Paragraph("Tiếp tục thực hiện cuộc vận động.")))),
                signs, "Nơi nhận:", List.of("- UBMTTQ tỉnh Thanh Hóa;", "- Thường trực Thị ủy;", "- Lưu: VT, MTTQ."));
    }

    static byte[] docx(OfficialDocument d) {
        return new DocxWriter(Locale.forLanguageTag("vi")).write(d);
    }

    @Test
    void aDocumentAsWrittenPassesTheLintAloneAndJoint() throws Exception {
        assertThat(DocxLint.check(docx(sample(1)))).isEmpty();
        assertThat(DocxLint.check(docx(sample(2)))).isEmpty();
        String dir = System.getenv("REPORTING_SAMPLE_DIR");
        if (dir != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(dir, "sample.docx"), docx(sample(1)));
            java.nio.file.Files.write(java.nio.file.Path.of(dir, "joint.docx"), docx(sample(2)));
        }
    }

    private static List<String> broken(Consumer<XWPFDocument> change) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(sample(1))))) {
            change.accept(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return DocxLint.check(out.toByteArray());
        }
    }

    private static XWPFParagraph box(XWPFDocument doc, Box box) {
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (box.styleId().equals(p.getStyleID())) {
                return p;
            }
        }
        for (XWPFTable t : doc.getTables()) {
            for (var row : t.getRows()) {
                for (var c : row.getTableCells()) {
                    for (XWPFParagraph p : c.getParagraphs()) {
                        if (box.styleId().equals(p.getStyleID())) {
                            return p;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no " + box);
    }

    @Test
    void eachBrokenRuleFailsTheLint() throws Exception {
        assertThat(broken(d -> box(d, Box.BODY).getRuns().get(0).setFontSize(12)))
                .anyMatch(s -> s.startsWith("BODY size 12.0, not 13–14"));
        assertThat(broken(d -> box(d, Box.NATIONAL_TITLE).getRuns().get(0).setBold(false)))
                .anyMatch(s -> s.startsWith("NATIONAL_TITLE not bold"));
        assertThat(broken(d -> box(d, Box.TYPE_NAME).getRuns().get(0).setText("o", 0)))
                .anyMatch(s -> s.startsWith("TYPE_NAME not in capitals"));
        assertThat(broken(d -> box(d, Box.PLACE_DATE).getRuns().get(0).setText(
                "Bỉm Sơn, ngày 5 tháng 1 năm 2019", 0))).anyMatch(s -> s.startsWith("place and date not as"));
        assertThat(broken(d -> box(d, Box.NUMBER).getRuns().get(0).setText("Số: 5/BC-MTTQ", 0)))
                .anyMatch(s -> s.startsWith("number not as"));
        assertThat(broken(d -> d.getDocument().getBody().getSectPr().getPgMar()
                .setLeft(java.math.BigInteger.valueOf(Box.twips(25))))).contains("left margin 25.0 mm, not 30–35 mm");
        assertThat(broken(d -> d.getDocument().getBody().getSectPr().unsetTitlePg()))
                .anyMatch(s -> s.startsWith("no first-page header"));
        assertThat(broken(d -> box(d, Box.RECIPIENTS_LABEL).getRuns().get(0).setItalic(false)))
                .anyMatch(s -> s.startsWith("RECIPIENTS_LABEL not italic"));
        assertThat(broken(d -> box(d, Box.BODY).getRuns().get(0).setFontFamily("Arial")))
                .anyMatch(s -> s.startsWith("BODY in font Arial"));
        assertThat(broken(d -> box(d, Box.BODY).setIndentationFirstLine(0)))
                .anyMatch(s -> s.startsWith("BODY first-line indent 0"));
        assertThat(broken(d -> box(d, Box.MOTTO).setIndentationLeft(0)))
                .anyMatch(s -> s.startsWith("the motto's rule"));
        assertThat(broken(d -> d.getTables().get(1).getRow(0).setRepeatHeader(false)))
                .contains("a table whose header row does not repeat on each page");
        // the summary's rule right above the first legal basis, as before the spacing was given
        assertThat(broken(d -> box(d, Box.SUMMARY_RULE).setSpacingAfter(0)))
                .anyMatch(s -> s.startsWith("the summary's rule is 0 pt above the text below it"));
        assertThat(broken(d -> {
            var items = d.getTables().get(2).getRow(0).getCell(0).getParagraphs();
            items.get(items.size() - 1).getRuns().get(0).setText("- MTTQ;", 0);
        })).anyMatch(s -> s.startsWith("recipient 3 is not the archive line"));
    }
}
