package vn.chungsuc.registry.importing;

import java.util.List;
import vn.chungsuc.shared.text.VietnameseText;

/**
 * The shape of an import file, which the downloadable template shows: a sheet of households and a sheet of
 * persons, each with a title row in Vietnamese. Columns are found by their titles (accents and case ignored), so
 * their order does not matter; a CSV file is one of the two sheets, told apart by its titles.
 */
public final class Layout {

    public static final String HOUSEHOLDS = "Hộ gia đình";
    public static final String PERSONS = "Nhân khẩu";

    /** A column: its title, whether a value is required, and a hint for the template. */
    public record Column(String title, boolean required, String hint) {

        String key() {
            return VietnameseText.searchKey(title);
        }
    }

    public static final Column H_CODE = new Column("Mã hộ", true, "Mã do xã, phường đặt, duy nhất (ví dụ 14812-01-0001).");
    public static final Column H_AREA = new Column("Mã khu dân cư", true, "Mã thôn, xóm, khu phố, tổ dân phố (ví dụ 14812-01).");
    public static final Column H_ADDRESS = new Column("Địa chỉ", false, "Số nhà, đường, ngõ.");
    public static final Column H_REGISTERED = new Column("Ngày đăng ký", false, "dd/mm/yyyy; để trống là ngày nhập.");
    public static final List<Column> HOUSEHOLD_COLUMNS = List.of(H_CODE, H_AREA, H_ADDRESS, H_REGISTERED);

    public static final Column P_HOUSEHOLD = new Column("Mã hộ", true, "Mã hộ ở trang Hộ gia đình hoặc đã có trong sổ.");
    public static final Column P_NAME = new Column("Họ và tên", true, "Họ, tên đệm và tên, có dấu.");
    public static final Column P_SEX = new Column("Giới tính", true, "Nam hoặc Nữ.");
    public static final Column P_BIRTH = new Column("Ngày sinh", true, "dd/mm/yyyy.");
    public static final Column P_CCCD = new Column("Số CCCD", false, "12 chữ số (số định danh cá nhân); để dạng văn bản để giữ số 0 đầu.");
    public static final Column P_ETHNICITY = new Column("Dân tộc", false,
            "Tên hoặc mã trong danh mục 54 dân tộc (01 Kinh … 54 Rơ-măm), không phân biệt dấu; để trống là Kinh.");
    public static final Column P_RELATION = new Column("Quan hệ với chủ hộ", true,
            "Chủ hộ, Vợ/Chồng, Con, Con dâu/Con rể, Cháu, Bố/Mẹ, Ông/Bà, Anh/Chị/Em, Khác. Mỗi hộ đúng một Chủ hộ.");
    public static final Column P_PHONE = new Column("Số điện thoại", false, "10 chữ số, bắt đầu bằng 0.");
    public static final List<Column> PERSON_COLUMNS = List.of(P_HOUSEHOLD, P_NAME, P_SEX, P_BIRTH, P_CCCD,
            P_ETHNICITY, P_RELATION, P_PHONE);

    private Layout() {
    }

    /** The spreadsheet letter of a 0-based column index: 0 → A, 27 → AB. */
    public static String letter(int index) {
        StringBuilder s = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            s.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return s.toString();
    }
}
