package vn.chungsuc.registry.demo;

import java.util.Random;
import vn.chungsuc.registry.domain.CitizenIdPolicy;
import vn.chungsuc.registry.domain.Sex;

/**
 * Plausible Vietnamese people for demo data and benchmarks: family names in roughly their national proportions
 * (Nguyễn about 38%, Trần 11%, Lê 9.5%, Phạm 7%, Hoàng/Huỳnh 5%, then Phan, Vũ/Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương,
 * Lý; Thanh Hóa adds Trịnh, Mai, Đinh), the usual middle names (fewer "Văn"/"Thị" among the young), common given
 * names, CCCD numbers with a valid structure, and mobile numbers. Everything depends on the {@link Random} given, so a
 * fixed seed gives the same people every time. Nobody here is a real person.
 */
public final class SyntheticPeople {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Mai", "Đinh", "Đào", "Trương", "Hà", "Lương",
        "Đoàn", "Cao", "Tống", "Lưu", "Lại", "Phùng", "Vương"};
    private static final double[] FAMILY_WEIGHT = {38, 11, 9.5, 7, 3.5, 1.5, 4.5, 3.4, 0.6, 2.1, 2, 1.4, 1.3, 1.3,
        1, 0.5, 1.6, 1.2, 0.9, 0.8, 0.7, 0.7, 0.6, 0.6, 0.5, 0.5, 0.4, 0.3, 0.3, 0.3};
    private static final String[] MIDDLE_MALE = {"Văn", "Đức", "Hữu", "Minh", "Quang", "Xuân", "Đình", "Ngọc",
        "Công", "Thanh", "Mạnh", "Trọng", "Anh", "Duy", "Quốc", "Tiến", "Bá", "Hoàng"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thu", "Ngọc", "Thanh", "Minh", "Phương", "Hồng", "Bảo",
        "Hải", "Khánh", "Thùy", "Mai", "Kim", "Lan", "Diệu", "Hoài"};
    private static final String[] GIVEN_MALE = {"Anh", "An", "Bình", "Cường", "Dũng", "Đạt", "Đức", "Dương", "Giang",
        "Hải", "Hiếu", "Hoàng", "Hùng", "Huy", "Khánh", "Khoa", "Kiên", "Lâm", "Long", "Mạnh", "Minh", "Nam", "Nghĩa",
        "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thành", "Thắng", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng",
        "Việt", "Vinh", "Bảo", "Hưng", "Khải", "Lộc", "Nhật", "Tiến", "Thanh", "Hiệp", "Hòa", "Hậu", "Tâm", "Tú",
        "Chiến", "Thái", "Hảo", "Lực", "Quý", "Sáng", "Tình", "Vượng"};
    private static final String[] GIVEN_FEMALE = {"Anh", "Ánh", "Châu", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hằng",
        "Hạnh", "Hiền", "Hoa", "Hồng", "Huệ", "Hương", "Huyền", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga",
        "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh", "Tâm", "Thảo", "Thơm", "Thu", "Thủy", "Trang", "Tuyết",
        "Uyên", "Vân", "Yến", "Xuân", "Hoài", "Nhàn", "Lý", "Quyên", "Hảo", "Vy", "Thoa", "Thắm", "Lụa", "Đào"};
    /** Provinces a Bỉm Sơn resident may have been born in, after Thanh Hóa (038) itself. */
    private static final String[] OTHER_PROVINCES = {"037", "040", "001", "036", "035", "034", "031", "079", "042"};

    private static final double FAMILY_TOTAL;

    static {
        double t = 0;
        for (double w : FAMILY_WEIGHT) {
            t += w;
        }
        FAMILY_TOTAL = t;
    }

    private final Random random;

    public SyntheticPeople(Random random) {
        this.random = random;
    }

    public String familyName() {
        double x = random.nextDouble() * FAMILY_TOTAL;
        for (int i = 0; i < FAMILY.length; i++) {
            x -= FAMILY_WEIGHT[i];
            if (x < 0) {
                return FAMILY[i];
            }
        }
        return FAMILY[0];
    }

    public String middleName(Sex sex, int birthYear) {
        double traditional = birthYear >= 2000 ? 0.2 : birthYear >= 1980 ? 0.4 : 0.6;
        if (random.nextDouble() < traditional) {
            return sex == Sex.MALE ? "Văn" : "Thị";
        }
        String[] pool = sex == Sex.MALE ? MIDDLE_MALE : MIDDLE_FEMALE;
        return pool[1 + random.nextInt(pool.length - 1)];
    }

    public String givenName(Sex sex) {
        String[] pool = sex == Sex.MALE ? GIVEN_MALE : GIVEN_FEMALE;
        return pool[random.nextInt(pool.length)];
    }

    public String fullName(String family, Sex sex, int birthYear) {
        return family + " " + middleName(sex, birthYear) + " " + givenName(sex);
    }

    /** The province of birth registration: Thanh Hóa for most, a neighbour or a big city for some. */
    public String birthProvince() {
        return random.nextDouble() < 0.88 ? "038" : OTHER_PROVINCES[random.nextInt(OTHER_PROVINCES.length)];
    }

    /**
     * A CCCD with the structure of Thông tư 07/2016/TT-BCA. The six last digits are {@code serial} scrambled by a
     * bijection of 0..999999 (7919 is coprime with 10^6), so distinct serials give distinct numbers.
     */
    public static String citizenId(String province, Sex sex, int birthYear, int serial) {
        int scrambled = (int) ((serial * 7919L + 104_729L) % 1_000_000L);
        return CitizenIdPolicy.compose(province, sex, birthYear, scrambled);
    }

    /** A mobile number of one of the networks' prefixes (since the 2018 renumbering). */
    public String mobile() {
        String[] prefixes = {"091", "094", "088", "098", "097", "096", "086", "032", "033", "034", "035", "036",
            "037", "038", "039", "090", "093", "089", "070", "079", "077", "076", "078", "081", "082", "083", "084",
            "085", "056", "058"};
        return prefixes[random.nextInt(prefixes.length)] + String.format("%07d", random.nextInt(10_000_000));
    }

    public Sex sex() {
        return random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    }

    public String ethnicity() {
        double x = random.nextDouble();
        return x < 0.988 ? "Kinh" : x < 0.997 ? "Mường" : "Thái";
    }
}
