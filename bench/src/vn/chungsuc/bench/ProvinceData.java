package vn.chungsuc.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.chungsuc.registry.demo.SyntheticPeople;
import vn.chungsuc.registry.domain.CitizenIdPolicy;
import vn.chungsuc.registry.domain.Sex;

/**
 * The deterministic province-scale data set: for each commune of the chosen units, residential areas (thôn in a xã,
 * tổ dân phố in a phường or thị trấn) and households with their members, written as the registry's import CSV
 * files (one pair per district, the way each district would send its own). Thanh Hóa at the scale of the issue: 559
 * communes, about 1.1 million households and 3.7 million persons; every figure follows from the commune codes and a
 * fixed seed, so two runs generate byte-identical files.
 */
public final class ProvinceData {

    /** Mean households per commune: Thanh Hóa's ~1.1 million households over its ~559 communes. */
    static final int MEAN_HOUSEHOLDS = 1_968;
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] RELATIONS = {"Chủ hộ", "Vợ", "Con", "Con", "Con", "Cháu", "Bố/Mẹ", "Khác"};
    private static final String[] STREETS = {"Trần Phú", "Lê Lợi", "Quang Trung", "Nguyễn Huệ", "Lý Thường Kiệt",
            "Hai Bà Trưng", "Bà Triệu", "Lê Lai", "Phan Chu Trinh", "Nguyễn Trãi"};

    /** A commune and the residential areas it should have. */
    public record Commune(String code, boolean urban, int areas) {
    }

    /** A generated household: its code, commune, area, setting and registration date. */
    public record Household(String code, String commune, String area, boolean urban, LocalDate registered) {
    }

    /** What one district's files hold, and its households (for the title decisions and poverty surveys). */
    public record DistrictFiles(String district, Path households, Path persons, int householdCount,
            int personCount, List<Household> list) {
    }

    /** Serial numbers per (birth province, sex, birth year), so that every CCCD of the data set is unique. */
    private final Map<String, Integer> serials = new HashMap<>();
    private final String province;

    public ProvinceData(String provinceCode) {
        this.province = provinceCode;
    }

    /** How many residential areas a commune gets (5 to 16), from its code. */
    public static int areasFor(String communeCode) {
        return 5 + Math.floorMod(communeCode.hashCode() * 31 + 7, 12);
    }

    /** The area codes of a commune, the way territory numbers them ({@code 14812-01}). */
    public static List<String> areaCodes(String communeCode, int areas) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= areas; i++) {
            out.add(communeCode + "-" + String.format("%02d", i));
        }
        return out;
    }

    /**
     * Writes the households and persons CSV files of one district.
     *
     * @param areasByCommune the residential area codes of each of its communes
     */
    public DistrictFiles write(String district, Map<String, List<String>> areasByCommune, Map<String, Boolean> urban,
            Path dir, double scale) throws IOException {
        List<Household> list = new ArrayList<>();
        Files.createDirectories(dir);
        Path hPath = dir.resolve(district + "-ho.csv");
        Path pPath = dir.resolve(district + "-nhan-khau.csv");
        Random random = new Random(district.hashCode() * 1_000_003L + 17);
        SyntheticPeople people = new SyntheticPeople(random);
        int households = 0;
        int persons = 0;
        try (BufferedWriter h = Files.newBufferedWriter(hPath, StandardCharsets.UTF_8);
                BufferedWriter p = Files.newBufferedWriter(pPath, StandardCharsets.UTF_8)) {
            h.write("Mã hộ,Mã khu dân cư,Địa chỉ,Ngày đăng ký\n");
            p.write("Mã hộ,Họ và tên,Giới tính,Ngày sinh,Số CCCD,Dân tộc,Quan hệ với chủ hộ,Số điện thoại\n");
            for (Map.Entry<String, List<String>> e : areasByCommune.entrySet()) {
                String commune = e.getKey();
                List<String> areas = e.getValue();
                if (areas.isEmpty()) {
                    continue;
                }
                Random c = new Random(commune.hashCode() * 7_919L);
                int count = (int) Math.round(MEAN_HOUSEHOLDS * (0.6 + 0.8 * c.nextDouble()) * scale);
                for (int i = 0; i < count; i++) {
                    String code = "TH" + commune + "-" + String.format("%05d", i + 1);
                    String area = areas.get(i % areas.size());
                    LocalDate registered = LocalDate.of(2015 + random.nextInt(5), 1 + random.nextInt(12),
                            1 + random.nextInt(28));
                    h.write(code + "," + area + ",\"Số " + (1 + random.nextInt(300)) + ", đường "
                            + STREETS[random.nextInt(STREETS.length)] + "\"," + DMY.format(registered) + "\n");
                    households++;
                    list.add(new Household(code, commune, area, urban.getOrDefault(commune, false), registered));
                    String family = people.familyName();
                    int headYear = 1945 + random.nextInt(55);
                    int size = 1 + (int) Math.round(Math.max(0, random.nextGaussian() * 1.2 + 2.36));
                    for (int m = 0; m < size && m < RELATIONS.length; m++) {
                        Sex sex = m == 0 ? Sex.MALE : m == 1 ? Sex.FEMALE : people.sex();
                        int year = m == 0 ? headYear : m == 1 ? headYear + 2 : Math.min(2014, headYear + 22 + m * 2);
                        LocalDate birth = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                        String name = people.fullName(m == 1 ? people.familyName() : family, sex, year);
                        String birthProvince = random.nextInt(10) < 8 ? province : people.birthProvince();
                        String cccd = citizenId(birthProvince, sex, year);
                        p.write(code + "," + name + "," + (sex == Sex.MALE ? "Nam" : "Nữ") + "," + DMY.format(birth)
                                + "," + cccd + ",Kinh," + RELATIONS[m] + "," + (m == 0 ? people.mobile() : "") + "\n");
                        persons++;
                    }
                }
            }
        }
        return new DistrictFiles(district, hPath, pPath, households, persons, list);
    }

    private String citizenId(String birthProvince, Sex sex, int year) {
        String key = birthProvince + sex + year;
        int serial = serials.merge(key, 1, Integer::sum);
        int scrambled = (int) ((serial * 7_919L + 104_729L) % 1_000_000L);
        return CitizenIdPolicy.compose(birthProvince, sex, year, scrambled);
    }
}
