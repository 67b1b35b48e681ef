package vn.chungsuc.reporting.document;

import java.util.List;
import vn.chungsuc.shared.sections.ReportBlock;

/**
 * An official document by the boxes of decree 30/2020/NĐ-CP, Phụ lục I, every text already in the document's
 * language: what the DOCX and PDF renderers lay out, and what the lint expects to find again.
 *
 * @param parentBody the body above the issuer (ô số 2, upper case, not bold)
 * @param issuingBodies the issuing body's lines (bold, upper case, ruled below); a joint document names its bodies
 * @param nationalTitle Quốc hiệu (upper case, bold)
 * @param motto Tiêu ngữ (bold, ruled as long as the text)
 * @param number "Số: 05/BC-MTTQ" (a draft leaves the number blank)
 * @param placeAndDate "Bỉm Sơn, ngày 05 tháng 01 năm 2018" (italic)
 * @param typeName "BÁO CÁO"
 * @param summary trích yếu (bold, a short rule below)
 * @param legalBases italic, each ending ";" and the last "."
 * @param parts the body, each part under a Roman numeral
 * @param signatures one block per signing body, left to right
 * @param recipientsLabel "Nơi nhận:"
 * @param recipients its items, "- …;" and the last "- Lưu: VT, …."
 */
public record OfficialDocument(String parentBody, List<String> issuingBodies, String nationalTitle, String motto,
        String number, String placeAndDate, String typeName, String summary, List<String> legalBases,
        List<Paragraphs> opening, List<Part> parts, List<Signature> signatures, String recipientsLabel,
        List<String> recipients) {

    public OfficialDocument {
        issuingBodies = List.copyOf(issuingBodies);
        legalBases = List.copyOf(legalBases);
        opening = List.copyOf(opening);
        parts = List.copyOf(parts);
        signatures = List.copyOf(signatures);
        recipients = List.copyOf(recipients);
    }

    /** Paragraphs of running text before the first part. */
    public record Paragraphs(String text) {
    }

    /**
     * A part of the body under a Roman numeral ("I. KẾT QUẢ THỰC HIỆN"), its blocks being headings, paragraphs and
     * tables ({@link ReportBlock.EditableText} is resolved to paragraphs before it gets here).
     */
    public record Part(String numeral, String title, List<ReportBlock> blocks) {
        public Part {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * A signature block: the authority ("TM. BAN THƯỜNG TRỰC", "KT. CHỦ TỊCH"), the post ("CHỦ TỊCH", "PHÓ CHỦ
     * TỊCH", may be empty) and the signer's name (may be empty in a draft).
     */
    public record Signature(String authority, String post, String name) {
    }

    /** The Roman numeral of a part (1 → I). */
    public static String roman(int n) {
        String[] r = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                out.append(r[i]);
                n -= v[i];
            }
        }
        return out.toString();
    }
}
