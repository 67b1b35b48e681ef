package vn.chungsuc.recognition;

import static vn.chungsuc.shared.permission.Function.AREA_FRONT;
import static vn.chungsuc.shared.permission.Function.AREA_HEAD;
import static vn.chungsuc.shared.permission.Function.COMMUNE;
import static vn.chungsuc.shared.permission.Function.CULTURE;
import static vn.chungsuc.shared.permission.Function.FRONT;
import static vn.chungsuc.shared.permission.Function.HOME_AFFAIRS;
import static vn.chungsuc.shared.permission.PermissionTable.EVERYONE;
import static vn.chungsuc.shared.permission.PermissionTable.rule;

import org.springframework.stereotype.Component;
import vn.chungsuc.shared.permission.CurrentActor;
import vn.chungsuc.shared.permission.PermissionTable;
import vn.chungsuc.shared.permission.Permissions;
import vn.chungsuc.shared.permission.Reach;
import vn.chungsuc.shared.scope.UnitDirectory;
import vn.chungsuc.shared.time.Today;

/**
 * Who may do what with cultural titles. Culture leads the titles and their criteria (seed VI.1.1); the area's
 * head and its Ban Công tác Mặt trận hold the yearly round; the commune's People's Committee decides; the Front and
 * Home Affairs propose commendations (seed VI.1.7, VI.2). The Labour department has no part in it.
 */
@Component("recognitionPermissions")
public class RecognitionPermissions extends Permissions {

    public static final PermissionTable TABLE = PermissionTable.of(
            rule("title.view", Reach.VIEW, "Danh hiệu đã công nhận được công khai (NĐ 86/2023/NĐ-CP, Điều 4)", EVERYONE),
            rule("round.manage", Reach.MANAGE,
                    "NĐ 86/2023/NĐ-CP, Điều 7 (trưởng khu dân cư phối hợp Ban Công tác Mặt trận tổ chức bình xét); "
                            + "CTrPH 1995/2017 mục VI.1.1 (Văn hóa hướng dẫn)",
                    AREA_HEAD, AREA_FRONT, COMMUNE, CULTURE),
            rule("decision.issue", Reach.MANAGE,
                    "NĐ 86/2023/NĐ-CP, Điều 7–10 (Chủ tịch UBND cấp xã, cấp huyện quyết định; Văn hóa tham mưu)",
                    COMMUNE, CULTURE),
            rule("commendation.propose", Reach.MANAGE,
                    "Luật Thi đua, khen thưởng 2022, NĐ 98/2023/NĐ-CP; CTrPH 1995/2017 mục VI.1.7, VI.2",
                    FRONT, HOME_AFFAIRS, COMMUNE, CULTURE),
            rule("criteria.edit", Reach.VIEW,
                    "NĐ 86/2023/NĐ-CP, Điều 12 (tiêu chí do UBND tỉnh cụ thể hóa, Sở Văn hóa tham mưu); CTrPH "
                            + "1995/2017 mục VI.1.1 (Văn hóa hướng dẫn): bộ tiêu chí quốc gia chỉ quản trị viên sửa",
                    CULTURE),
            rule("area.view", Reach.VIEW,
                    "Luật Thi đua, khen thưởng 2022 Điều 30; NĐ 86/2023/NĐ-CP (thôn, tổ dân phố văn hóa): khu dân cư, "
                            + "Mặt trận, UBND cấp xã và Văn hóa theo dõi hồ sơ",
                    AREA_HEAD, AREA_FRONT, COMMUNE, CULTURE, FRONT),
            rule("area.assess", Reach.MANAGE,
                    "NĐ 86/2023/NĐ-CP: Trưởng thôn, Tổ trưởng tổ dân phố gửi Báo cáo thành tích (tự đánh giá) lên "
                            + "UBND cấp xã; cán bộ xã nhập thay khi khu dân cư không có tài khoản",
                    AREA_HEAD, COMMUNE),
            rule("area.review", Reach.MANAGE,
                    "NĐ 122/2018/NĐ-CP Điều 14 (Trưởng ban Công tác Mặt trận khu dân cư tham gia xét); "
                            + "CTrPH 1995/2017 mục VI.2 (Mặt trận chủ trì cuộc vận động, giám sát) [chưa xác minh "
                            + "bước xem xét riêng của Mặt trận]",
                    AREA_FRONT, FRONT),
            rule("area.propose", Reach.MANAGE,
                    "NĐ 86/2023/NĐ-CP: Hội đồng Thi đua – Khen thưởng cấp xã lựa chọn, công khai 10 ngày, UBND cấp "
                            + "xã lập Tờ trình (Mẫu 04)",
                    COMMUNE));

    private final UnitDirectory units;
    private final Today today;

    RecognitionPermissions(CurrentActor actors, UnitDirectory units, Today today) {
        super(TABLE, actors, units, today);
        this.units = units;
        this.today = today;
    }

    /**
     * Whether the current user may change a criteria set. A national set (no province) and a confirmed set are
     * read-only to everyone but the administrator; a province's set is edited by the owning body's function
     * (Culture) at the owning level: an officer whose scope holds the province unit itself, placed by the unit
     * tree. A town's Culture office holds only the town, so it reads the province's sets without changing them.
     */
    public boolean mayEditSet(String provinceCode, boolean confirmed) {
        if (actor().administrator()) {
            return true;
        }
        if (provinceCode == null || confirmed) {
            return false;
        }
        return province(provinceCode) && may("criteria.edit", provinceCode);
    }

    /** Whether the current user may copy a set to the province (his own province, by the unit tree). */
    public boolean mayCopyTo(String provinceCode) {
        return provinceCode != null && province(provinceCode)
                && (actor().administrator() || may("criteria.edit", provinceCode));
    }

    /** Whether the current user may copy sets at all (shows the copy form). */
    public boolean mayCopy() {
        return may("criteria.edit");
    }

    /** Whether the code names a province: a unit right below the country on the unit tree. */
    private boolean province(String code) {
        return units.path(code, today.date()).map(p -> p.split("/").length == 3).orElse(false);
    }
}
