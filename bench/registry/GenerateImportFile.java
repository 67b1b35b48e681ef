import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.chungsuc.registry.demo.SyntheticPeople;
import vn.chungsuc.registry.domain.Sex;

/**
 * Writes an import file in the template's shape with N households (default 100,000) and about 3.5 persons each,
 * spread over Bỉm Sơn's 65 residential areas, valid CCCDs, fixed seed. A dozen persons are called exactly
 * "Nguyễn Văn A" so that the search benchmark has its answer. With "--bad-row" one person's CCCD gets the wrong
 * sex digit (row reported in the output).
 *
 * Run from the project folder after a build (see run.sh):
 * java -cp target/classes:$(cat target/bench-classpath.txt) bench/registry/GenerateImportFile.java out.xlsx 100000
 */
public class GenerateImportFile {

    static final String[] COMMUNES = {"14812", "14809", "14815", "14818", "14821", "14827", "14823", "14824"};
    static final int[] AREAS = {11, 8, 9, 8, 6, 6, 6, 11};
    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "bench-100k.xlsx");
        int households = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        boolean badRow = List.of(args).contains("--bad-row");
        Random random = new Random(350_000L);
        SyntheticPeople people = new SyntheticPeople(random);
        List<String> areas = new java.util.ArrayList<>();
        for (int c = 0; c < COMMUNES.length; c++) {
            for (int a = 1; a <= AREAS[c]; a++) {
                areas.add(COMMUNES[c] + "-" + String.format("%02d", a));
            }
        }
        long persons = 0;
        int serial = 0;
        int badAt = households * 2;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            wb.setCompressTempFiles(true);
            SXSSFSheet hs = wb.createSheet("Hộ gia đình");
            SXSSFSheet ps = wb.createSheet("Nhân khẩu");
            header(hs, "Mã hộ", "Mã khu dân cư", "Địa chỉ", "Ngày đăng ký");
            header(ps, "Mã hộ", "Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Dân tộc", "Quan hệ với chủ hộ",
                    "Số điện thoại");
            int pr = 1;
            for (int i = 0; i < households; i++) {
                String code = "BENCH-" + String.format("%06d", i + 1);
                String area = areas.get(i % areas.size());
                row(hs, i + 1, code, area, "Số " + (1 + random.nextInt(300)) + ", đường Trần Phú", "01/01/2018");
                String family = people.familyName();
                int headYear = 1945 + random.nextInt(55);
                boolean exactA = i % 8_000 == 17;
                String headName = exactA ? "Nguyễn Văn A" : people.fullName(family, Sex.MALE, headYear);
                int size = 1 + (int) Math.round(Math.max(0, random.nextGaussian() * 1.3 + 2.5));
                String[] relations = {"Chủ hộ", "Vợ", "Con", "Con", "Con", "Cháu", "Bố/Mẹ", "Khác"};
                for (int m = 0; m < size && m < relations.length; m++) {
                    Sex sex = m == 0 ? Sex.MALE : m == 1 ? Sex.FEMALE : people.sex();
                    int year = m == 0 ? headYear : m == 1 ? headYear + 2 : Math.min(2024, headYear + 22 + m * 2);
                    LocalDate birth = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                    String name = m == 0 ? headName : people.fullName(m == 1 ? people.familyName() : family, sex, year);
                    String cccd = SyntheticPeople.citizenId(people.birthProvince(), sex, year, serial++);
                    if (badRow && pr == badAt) {
                        cccd = cccd.substring(0, 3) + (char) (cccd.charAt(3) ^ 1) + cccd.substring(4);
                        System.out.println("bad CCCD on sheet Nhân khẩu, row " + (pr + 1) + ", column E");
                    }
                    row(ps, pr++, code, name, sex == Sex.MALE ? "Nam" : "Nữ", DMY.format(birth), cccd, "Kinh",
                            relations[m], m == 0 ? people.mobile() : "");
                    persons++;
                }
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
            wb.dispose();
        }
        System.out.printf("%s: %d households, %d persons, %d MB%n", out, households, persons,
                Files.size(out) / 1_000_000);
    }

    static void header(SXSSFSheet sheet, String... titles) {
        row(sheet, 0, titles);
    }

    static void row(SXSSFSheet sheet, int r, String... cells) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isEmpty()) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }
}
