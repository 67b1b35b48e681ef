package vn.chungsuc.fund.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.chungsuc.fund.vietqr.CampaignCode;
import vn.chungsuc.shared.problem.Refused;

class StatementParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final StatementParser.Options OPTIONS = StatementParser.Options.of(TODAY);

    static byte[] resource(String name) throws IOException {
        try (InputStream in = StatementParserTest.class.getResourceAsStream("/fund/statements/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    static BankStatement parse(String name) throws IOException {
        return StatementParser.parse(resource(name), name, OPTIONS);
    }

    static String messages(Refused e) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/fundbank");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return e.text(source, Locale.forLanguageTag("vi"));
    }

    @Test
    void vietcombankCsv() throws IOException {
        BankStatement s = parse("vietcombank-2024-10.csv");
        assertVietcombank(s);
    }

    @Test
    void vietcombankXlsxReadsTheSame() throws IOException {
        BankStatement csv = parse("vietcombank-2024-10.csv");
        BankStatement xlsx = parse("vietcombank-2024-10.xlsx");
        assertVietcombank(xlsx);
        assertThat(xlsx.lines()).extracting(StatementLine::amount, StatementLine::description)
                .isEqualTo(csv.lines().stream().map(l -> org.assertj.core.groups.Tuple.tuple(l.amount(),
                        l.description())).toList());
        assertThat(xlsx.keys()).isEqualTo(csv.keys());
    }

    private static void assertVietcombank(BankStatement s) {
        assertThat(s.format()).isEqualTo(StatementFormat.VIETCOMBANK);
        assertThat(s.bankBin()).isEqualTo("970436");
        assertThat(s.bank()).isEqualTo("Vietcombank");
        assertThat(s.account()).isEqualTo("0011001234567");
        assertThat(s.from()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(s.to()).isEqualTo(LocalDate.of(2024, 10, 31));
        assertThat(s.openingBalance()).isEqualTo(125_000_000L);
        assertThat(s.closingBalance()).isEqualTo(144_001_540L);
        assertThat(s.lines()).hasSize(9);
        assertThat(s.credits()).isEqualTo(19_012_540L);
        assertThat(s.debits()).isEqualTo(11_000L);
        assertThat(s.difference()).isZero();
        StatementLine first = s.lines().get(0);
        assertThat(first.date()).isEqualTo(LocalDate.of(2024, 10, 17));
        assertThat(first.time()).isNull();
        assertThat(first.amount()).isEqualTo(500_000L);
        assertThat(first.reference()).isEqualTo("5213.45946");
        assertThat(first.balance()).isNull();
        assertThat(s.lines().get(2).balance()).isEqualTo(137_500_000L);
        StatementLine fee = s.lines().get(5);
        assertThat(fee.amount()).isEqualTo(-11_000L);
        assertThat(fee.normalisedDescription()).isEqualTo("phi dich vu sms banking thang 10 2024");
        long coded = s.lines().stream().filter(l -> !CampaignCode.find(l.description()).isEmpty()).count();
        assertThat(coded).isEqualTo(6);
    }

    @Test
    void vietinbankWithTimeAndCounterparty() throws IOException {
        BankStatement s = parse("vietinbank-2024-11.csv");
        assertThat(s.format()).isEqualTo(StatementFormat.VIETINBANK);
        assertThat(s.bankBin()).isEqualTo("970415");
        assertThat(s.account()).isEqualTo("108000123456");
        assertThat(s.from()).isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(s.to()).isEqualTo(LocalDate.of(2024, 11, 15));
        assertThat(s.openingBalance()).isEqualTo(8_450_000L);
        assertThat(s.closingBalance()).isEqualTo(11_344_500L);
        StatementLine first = s.lines().get(0);
        assertThat(first.time()).isEqualTo(LocalTime.of(8, 15, 32));
        assertThat(first.amount()).isEqualTo(1_000_000L);
        assertThat(first.counterparty()).isEqualTo("NGUYEN VAN HUNG");
        assertThat(first.reference()).isEqualTo("FT24306123456");
        assertThat(s.lines().get(3).amount()).isEqualTo(-2_000_000L);
        assertThat(s.lines().get(3).counterparty()).isNull();
    }

    @Test
    void agribankReferencesAreNotUniqueAndTwinLinesStayTwo() throws IOException {
        BankStatement s = parse("agribank-2024-10.csv");
        assertThat(s.format()).isEqualTo(StatementFormat.AGRIBANK);
        assertThat(s.account()).isEqualTo("3500205123456");
        assertThat(s.lines()).hasSize(5);
        assertThat(s.lines().get(0).reference()).isEqualTo(s.lines().get(1).reference());
        List<BankStatement.DedupKey> keys = s.keys();
        assertThat(new HashSet<>(keys)).hasSize(5);
        assertThat(keys.get(2).occurrence()).isEqualTo(1);
        assertThat(keys.get(3).occurrence()).isEqualTo(2);
        assertThat(keys.get(2).normalisedDescription())
                .isEqualTo("nop tien mat ung ho quy vi nguoi ngheo hoi ccb xa");
        // read again: the same keys, so an import posts nothing the second time
        assertThat(parse("agribank-2024-10.csv").keys()).isEqualTo(keys);
    }

    @Test
    void theShippedTemplateIsAStatementOfItsOwn() throws IOException {
        byte[] template;
        try (InputStream in = getClass().getResourceAsStream("/fund/statement-template.csv")) {
            template = in.readAllBytes();
        }
        BankStatement s = StatementParser.parse(template, "statement-template.csv", OPTIONS);
        assertThat(s.format()).isEqualTo(StatementFormat.TEMPLATE);
        assertThat(s.bankBin()).isEqualTo("970418");
        assertThat(s.bank()).isEqualTo("BIDV");
        assertThat(s.account()).isEqualTo("21510001234567");
        assertThat(s.to()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(s.lines()).extracting(StatementLine::amount).containsExactly(1_500_000L, 200_000L, -50_000L);
        assertThat(s.lines().get(1).time()).isEqualTo(LocalTime.of(10, 5, 12));
        assertThat(s.lines().get(2).time()).isNull();
        assertThat(s.lines().get(1).counterparty()).isEqualTo("LE VAN BINH");
    }

    @Test
    void theWrongAccountIsRefused() throws IOException {
        var options = new StatementParser.Options(TODAY, null, "970436", "0011009999999");
        assertThatThrownBy(() -> StatementParser.parse(resource("vietcombank-2024-10.csv"), "a.csv", options))
                .isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(messages((Refused) e)).contains("0011001234567", "0011009999999"));
    }

    @Test
    void aClosingBalanceThatDisagreesSaysByHowMuch() {
        assertThatThrownBy(() -> parse("vietcombank-closing-wrong.csv")).isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(messages((Refused) e))
                        .contains("Số dư không khớp").contains("145.001.540 đ").contains("chênh -1.000.000 đ"));
    }

    @Test
    void badRowsAreRefusedWholeWithTheirRowNumbers() {
        assertThatThrownBy(() -> parse("vietcombank-bad-rows.csv")).isInstanceOf(Refused.class)
                .satisfies(e -> {
                    String text = messages((Refused) e);
                    assertThat(text).contains("Dòng 10: ngày “32/10/2024” không đọc được")
                            .contains("Dòng 13: số tiền “300.000,5” không đọc được")
                            .contains("Dòng 14: không có số tiền ghi nợ hay ghi có");
                });
    }

    @Test
    void amountsAsBanksPrintThem() {
        assertThat(StatementParser.parseAmount("5.000.000")).isEqualTo(5_000_000L);
        assertThat(StatementParser.parseAmount("5,000,000")).isEqualTo(5_000_000L);
        assertThat(StatementParser.parseAmount("5,000,000.00")).isEqualTo(5_000_000L);
        assertThat(StatementParser.parseAmount("5.000.000,00")).isEqualTo(5_000_000L);
        assertThat(StatementParser.parseAmount("500000 VND")).isEqualTo(500_000L);
        assertThat(StatementParser.parseAmount("1.500.000 đ")).isEqualTo(1_500_000L);
        assertThat(StatementParser.parseAmount("(50.000)")).isEqualTo(-50_000L);
        assertThat(StatementParser.parseAmount("-11.000")).isEqualTo(-11_000L);
        assertThat(StatementParser.parseAmount("5000000.0")).isEqualTo(5_000_000L);
        for (String bad : List.of("1,5", "5.000.000,50", "abc", "5.00.000", "1e9", "")) {
            assertThatThrownBy(() -> StatementParser.parseAmount(bad)).as(bad).isInstanceOf(NumberFormatException.class);
        }
    }

    @Test
    void datesAsBanksAndExcelWriteThem() {
        assertThat(StatementParser.dateTime("17/10/2024")).isEqualTo(LocalDate.of(2024, 10, 17).atStartOfDay());
        assertThat(StatementParser.dateTime("1/2/2024 8:05")).isEqualTo(LocalDate.of(2024, 2, 1).atTime(8, 5));
        assertThat(StatementParser.dateTime("2024-10-17 09:30:12"))
                .isEqualTo(LocalDate.of(2024, 10, 17).atTime(9, 30, 12));
        // Excel's day number 45582 is 17/10/2024; .5 is noon
        assertThat(StatementParser.dateTime("45582.5")).isEqualTo(LocalDate.of(2024, 10, 17).atTime(12, 0));
        assertThat(StatementParser.dateTime("31/02/2024")).isNull();
        assertThat(StatementParser.dateTime("12345")).isNull();
    }

    @Test
    void datesAfterTodayAndBeyondTheBoundsAreRefused() throws IOException {
        String csv = new String(resource("template-bidv-2024-11.csv"), StandardCharsets.UTF_8);
        byte[] future = csv.replace("01/11/2024", "01/11/2027").replace("30/11/2024", "30/11/2027")
                .replace("18/11/2024", "18/11/2027").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StatementParser.parse(future, "t.csv", OPTIONS)).isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(messages((Refused) e)).contains("Dòng 8: ngày 18/11/2027"));
    }

    @Test
    void unreadableFilesAreRefused() {
        assertThatThrownBy(() -> StatementParser.parse("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "x.csv",
                OPTIONS)).isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).key()).isEqualTo("fundbank.statement.header.missing"));
        byte[] latin1 = "Ngày,Diễn giải,Ghi có\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> StatementParser.parse(latin1, "x.csv", OPTIONS)).isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).key()).isEqualTo("fundbank.statement.file.encoding"));
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> StatementParser.parse(xls, "x.xls", OPTIONS)).isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).key()).isEqualTo("fundbank.statement.file.xls"));
    }

    /** A 64 MB sheet of zeros packed into some 64 KB (a ratio beyond 100) is refused before anything parses it. */
    @Test
    void aZipBombIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
        }
        assertThatThrownBy(() -> StatementParser.parse(bytes.toByteArray(), "bomb.xlsx", OPTIONS))
                .isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).key()).isEqualTo("fundbank.statement.file.bomb"));
    }

    /** A sheet that declares an external entity is not resolved: the file is unreadable, no file is read. */
    @Test
    void externalEntitiesAreNotResolved() throws IOException {
        Path secret = Files.createTempFile("secret", ".txt");
        Files.writeString(secret, "BI MAT");
        byte[] xlsx = XlsxFixture.withSheetXml("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \""
                + secret.toUri() + "\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData>"
                + "</worksheet>");
        try {
            BankStatement s = StatementParser.parse(xlsx, "x.xlsx", OPTIONS);
            assertThat(s.toString()).doesNotContain("BI MAT");
        } catch (Refused e) {
            assertThat(e.key()).isIn("fundbank.statement.file.unreadable", "fundbank.statement.header.missing");
        } finally {
            Files.deleteIfExists(secret);
        }
    }
}
