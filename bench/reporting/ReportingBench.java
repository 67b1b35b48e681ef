package vn.chungsuc.bench.reporting;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import vn.chungsuc.reporting.document.DocxLint;
import vn.chungsuc.reporting.document.DocxWriter;
import vn.chungsuc.reporting.document.OfficialDocument;
import vn.chungsuc.reporting.document.XhtmlWriter;
import vn.chungsuc.shared.documents.PdfDocuments;
import vn.chungsuc.shared.sections.ReportBlock;
import vn.chungsuc.shared.sections.ReportBlock.Cell;
import vn.chungsuc.shared.sections.ReportBlock.HeaderCell;

/**
 * The province's yearly report: the Front of Thanh Hóa's report for a year with a table of all its communes (559
 * in the GSO list the demo loads: name, district, households, cultural families and their share, poor households
 * and their rate), written as DOCX (POI, the same writer as the app), checked by the decree 30/2020 lint, and as
 * PDF (openhtmltopdf, Liberation Serif embedded), several rounds in one JVM (the first includes the JIT's warm-up).
 * The figures are generated with a fixed seed: the bench measures the documents, not the database. Prints the
 * seconds and writes bench/results/reporting.md.
 *
 * <p>Usage: ReportingBench [rounds] [results.md]
 */
public final class ReportingBench {

    private static final Locale VI = Locale.forLanguageTag("vi");

    record Commune(String code, String name, String district) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path results = Path.of(args.length > 1 ? args[1] : "bench/results/reporting.md");
        List<Commune> communes = communes("38");
        OfficialDocument doc = document(communes, 2018);
        System.out.printf("province 38 (Thanh Hóa): %d communes in the table%n", communes.size());
        List<double[]> times = new ArrayList<>();
        int docxBytes = 0;
        int pdfBytes = 0;
        int pdfPages = 0;
        List<String> breaches = List.of();
        PdfDocuments pdf = new PdfDocuments(null, null);
        for (int r = 1; r <= rounds; r++) {
            var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            byte[] docx = new DocxWriter(VI).write(doc);
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            breaches = DocxLint.check(docx);
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            byte[] out = pdf.fromXhtml(new XhtmlWriter(VI).page(doc));
            long t3 = System.nanoTime();
            long c3 = cpu.getCurrentThreadCpuTime();
            if (r == rounds) {
                // the table read back: every commune a row, the two header rows marked to repeat on each page
                try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
                    var t = d.getTables().stream().max(java.util.Comparator.comparingInt(x -> x.getRows().size()))
                            .orElseThrow();
                    System.out.printf("DOCX table: %d rows, %d header rows repeated%n", t.getRows().size(),
                            t.getRows().stream().filter(org.apache.poi.xwpf.usermodel.XWPFTableRow::isRepeatHeader)
                                    .count());
                }
                Files.createDirectories(Path.of("target/bench-reporting"));
                Files.write(Path.of("target/bench-reporting/province-2018.docx"), docx);
                Files.write(Path.of("target/bench-reporting/province-2018.pdf"), out);
            }
            docxBytes = docx.length;
            pdfBytes = out.length;
            try (var d = org.apache.pdfbox.Loader.loadPDF(out)) {
                pdfPages = d.getNumberOfPages();
            }
            double[] t = {(t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (c1 - c0) / 1e9, (c2 - c1) / 1e9,
                (c3 - c2) / 1e9};
            times.add(t);
            System.out.printf(Locale.ROOT, "round %d: DOCX %.2f s (CPU %.2f s, %,d bytes), lint %.2f s (CPU %.2f s, "
                    + "%d breaches), PDF %.2f s (CPU %.2f s, %,d bytes, %d pages)%n", r, t[0], t[3], docx.length, t[1],
                    t[4], breaches.size(), t[2], t[5], out.length, pdfPages);
        }
        if (!breaches.isEmpty()) {
            System.out.println("lint: " + breaches);
        }
        write(results, communes.size(), times, docxBytes, pdfBytes, pdfPages, breaches.size());
        System.out.println("written " + results + " (the last round's files in target/bench-reporting)");
    }

    /** The communes of a province, from the GSO list the territory demo loads (src/main/resources/demo/territory). */
    static List<Commune> communes(String province) throws Exception {
        Map<String, String> districts = new LinkedHashMap<>();
        for (String[] d : entries("demo/territory/quan_huyen.json.gz")) {
            if (d[3].equals(province)) {
                districts.put(d[0], d[1]);
            }
        }
        List<Commune> out = new ArrayList<>();
        for (String[] c : entries("demo/territory/xa_phuong.json.gz")) {
            if (districts.containsKey(c[3])) {
                out.add(new Commune(c[0], c[1], districts.get(c[3])));
            }
        }
        return out;
    }

    private static final Pattern ENTRY = Pattern.compile("\"name_with_type\": \"([^\"]+)\"[^}]*?\"code\": \"(\\d+)\","
            + "\\s*\"parent_code\": \"(\\d+)\"");

    /** code, name with type, (unused), parent code. */
    private static List<String[]> entries(String resource) throws Exception {
        String json;
        try (InputStream in = ReportingBench.class.getClassLoader().getResourceAsStream(resource)) {
            json = new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String[]> out = new ArrayList<>();
        Matcher m = ENTRY.matcher(json);
        while (m.find()) {
            out.add(new String[] {m.group(2), m.group(1), null, m.group(3)});
        }
        return out;
    }

    static OfficialDocument document(List<Commune> communes, int year) {
        Random random = new Random(38);
        List<List<Cell>> rows = new ArrayList<>();
        int n = 1;
        long allHouseholds = 0;
        long allCultural = 0;
        for (Commune c : communes) {
            long households = 800 + random.nextInt(3200);
            long cultural = households * (70 + random.nextInt(25)) / 100;
            long poor = households * random.nextInt(80) / 1000;
            allHouseholds += households;
            allCultural += cultural;
            rows.add(List.of(Cell.number(n++), Cell.text(c.name()), Cell.text(c.district()), Cell.number(households),
                    Cell.number(cultural), Cell.number(share(cultural, households)), Cell.number(poor),
                    Cell.number(share(poor, households))));
        }
        ReportBlock.Table table = new ReportBlock.Table("Kết quả theo từng xã, phường, thị trấn năm " + year,
                List.of(List.of(new HeaderCell("STT", 1, 2), new HeaderCell("Xã, phường, thị trấn", 1, 2),
                        new HeaderCell("Huyện, thị xã, thành phố", 1, 2), new HeaderCell("Số hộ", 1, 2),
                        new HeaderCell("Gia đình văn hóa", 2, 1), new HeaderCell("Hộ nghèo", 2, 1)),
                        List.of(HeaderCell.of("Số hộ"), HeaderCell.of("Tỷ lệ (%)"), HeaderCell.of("Số hộ"),
                                HeaderCell.of("Tỷ lệ (%)"))),
                rows);
        String figures = String.format(VI, "Năm %d, toàn tỉnh có %,d/%,d hộ đạt danh hiệu Gia đình văn hóa (%s %%).",
                year, allCultural, allHouseholds, share(allCultural, allHouseholds).toPlainString().replace('.', ','));
        LocalDate on = LocalDate.of(year + 1, 1, 5);
        return new OfficialDocument("ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM", List.of("ỦY BAN MTTQ VIỆT NAM TỈNH THANH HÓA"),
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 05/BC-MTTQ",
                String.format("Thanh Hóa, ngày %02d tháng %02d năm %d", on.getDayOfMonth(), on.getMonthValue(),
                        on.getYear()), "BÁO CÁO",
                "Kết quả thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” năm "
                        + year,
                List.of("Căn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13;",
                        "Thực hiện kế hoạch kiểm tra, đánh giá kết quả cuộc vận động năm " + year + "."),
                List.of(new OfficialDocument.Paragraphs("Ban Thường trực Ủy ban MTTQ báo cáo kết quả thực hiện cuộc "
                        + "vận động năm " + year + " trên địa bàn tỉnh Thanh Hóa như sau. " + figures)),
                List.of(new OfficialDocument.Part("I", "KẾT QUẢ THỰC HIỆN", List.of(
                                new ReportBlock.Heading(1, "1. Kết quả theo từng xã, phường, thị trấn"), table,
                                new ReportBlock.Paragraph(figures))),
                        new OfficialDocument.Part("II", "ĐÁNH GIÁ CHUNG", List.of(
                                new ReportBlock.Paragraph("Các chỉ tiêu chủ yếu đạt được: " + figures))),
                        new OfficialDocument.Part("III", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM " + (year + 1), List.of(
                                new ReportBlock.Paragraph("Tiếp tục đẩy mạnh thực hiện cuộc vận động.")))),
                List.of(new OfficialDocument.Signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Nguyễn Văn Thành")),
                "Nơi nhận:", List.of("- Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam;",
                        "- Thường trực Tỉnh ủy;", "- Ủy ban nhân dân tỉnh;", "- Lưu: VT, MTTQ."));
    }

    private static BigDecimal share(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static void write(Path results, int communes, List<double[]> times, int docxBytes, int pdfBytes,
            int pages, int breaches) throws Exception {
        StringBuilder md = new StringBuilder("# Official reports: the province's yearly report\n\n");
        String load = Files.exists(Path.of("/proc/loadavg"))
                ? Files.readString(Path.of("/proc/loadavg")).split(" ")[0] : "?";
        md.append(String.format(Locale.ROOT, "Run %s on %d cores (`bench/reporting/run.sh`), Java %s, load average "
                + "%s at the end.%n%n", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), load));
        md.append(String.format(Locale.ROOT, "Thanh Hóa's yearly report with a table of its %d communes (8 columns, "
                + "two header rows repeated on every page): DOCX %,d bytes (lint: %d breaches), PDF %,d bytes, %d "
                + "pages.%n%n", communes, docxBytes, breaches, pdfBytes, pages));
        md.append("| Round | DOCX wall (s) | DOCX CPU (s) | Lint wall (s) | Lint CPU (s) | PDF wall (s) | PDF CPU (s) |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < times.size(); i++) {
            double[] t = times.get(i);
            md.append(String.format(Locale.ROOT, "| %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", i + 1, t[0],
                    t[3], t[1], t[4], t[2], t[5]));
        }
        md.append("\nThe first round includes the JIT's warm-up. CPU is the working thread's own time (the JIT and GC "
                + "threads aside): on the shared machine the wall time follows its load, the CPU time much less.\n");
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, md.toString());
    }
}
