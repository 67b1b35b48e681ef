package vn.chungsuc.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.chungsuc.registry.demo.SyntheticPeople;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.registry.domain.Sex;

/** Import files for tests, in the template's shape: households and persons, as .xlsx or .csv. */
public final class RegistryFiles {

    public static final List<String> HOUSEHOLD_TITLES = List.of("Mã hộ", "Mã khu dân cư", "Địa chỉ", "Ngày đăng ký");
    public static final List<String> PERSON_TITLES = List.of("Mã hộ", "Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD",
            "Dân tộc", "Quan hệ với chủ hộ", "Số điện thoại");

    private RegistryFiles() {
    }

    public record Household(String code, String area, String address, String registered) {
        List<String> cells() {
            return List.of(code, area, address, registered);
        }
    }

    public record Person(String household, String name, String sex, String birth, String cccd, String ethnicity,
            String relation, String phone) {
        List<String> cells() {
            return List.of(household, name, sex, birth, cccd, ethnicity, relation, phone);
        }

        public Person withCccd(String other) {
            return new Person(household, name, sex, birth, other, ethnicity, relation, phone);
        }

        public Person withName(String other) {
            return new Person(household, other, sex, birth, cccd, ethnicity, relation, phone);
        }
    }

    /** Families in the areas given (round robin): a head, a spouse and one to three children each, valid CCCDs. */
    public record Families(List<Household> households, List<Person> persons) {
    }

    public static Families families(String codePrefix, List<String> areas, int count, int serialStart, long seed) {
        Random random = new Random(seed);
        SyntheticPeople people = new SyntheticPeople(random);
        List<Household> hs = new ArrayList<>();
        List<Person> ps = new ArrayList<>();
        int serial = serialStart;
        for (int i = 0; i < count; i++) {
            String code = codePrefix + String.format("%06d", i + 1);
            hs.add(new Household(code, areas.get(i % areas.size()), "Số " + (i + 1) + ", đường Trần Phú",
                    "01/03/2020"));
            String family = people.familyName();
            LocalDate headBirth = LocalDate.of(1960 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
            ps.add(person(code, people.fullName(family, Sex.MALE, headBirth.getYear()), Sex.MALE, headBirth,
                    serial++, "Chủ hộ", people.mobile()));
            LocalDate wifeBirth = headBirth.plusYears(2);
            ps.add(person(code, people.fullName(people.familyName(), Sex.FEMALE, wifeBirth.getYear()), Sex.FEMALE,
                    wifeBirth, serial++, "Vợ", ""));
            int children = 1 + random.nextInt(3);
            for (int c = 0; c < children; c++) {
                Sex sex = people.sex();
                LocalDate birth = headBirth.plusYears(24 + c * 2).plusDays(random.nextInt(300));
                ps.add(person(code, people.fullName(family, sex, birth.getYear()), sex, birth, serial++, "Con", ""));
            }
        }
        return new Families(hs, ps);
    }

    private static Person person(String code, String name, Sex sex, LocalDate birth, int serial, String relation,
            String phone) {
        return new Person(code, name, sex.label(), Dates.show(birth),
                SyntheticPeople.citizenId("038", sex, birth.getYear(), serial), "Kinh", relation, phone);
    }

    public static Path xlsx(List<Household> households, List<Person> persons) throws IOException {
        Path file = Files.createTempFile("registry-test-", ".xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            sheet(wb.createSheet("Hộ gia đình"), HOUSEHOLD_TITLES, households.stream().map(Household::cells).toList());
            sheet(wb.createSheet("Nhân khẩu"), PERSON_TITLES, persons.stream().map(Person::cells).toList());
            wb.write(out);
            wb.dispose();
        }
        return file;
    }

    private static void sheet(SXSSFSheet sheet, List<String> titles, List<List<String>> rows) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < titles.size(); i++) {
            header.createCell(i).setCellValue(titles.get(i));
        }
        int r = 1;
        for (List<String> cells : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i) != null && !cells.get(i).isEmpty()) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
        }
    }

    public static Path csv(List<String> titles, List<List<String>> rows) throws IOException {
        Path file = Files.createTempFile("registry-test-", ".csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write(String.join(",", titles) + "\r\n");
            for (List<String> row : rows) {
                w.write(String.join(",", row.stream().map(RegistryFiles::quote).toList()) + "\r\n");
            }
        }
        return file;
    }

    public static List<List<String>> householdRows(List<Household> hs) {
        return hs.stream().map(Household::cells).toList();
    }

    public static List<List<String>> personRows(List<Person> ps) {
        return ps.stream().map(Person::cells).toList();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
