package vn.chungsuc.poverty;

import static vn.chungsuc.shared.permission.Function.AREA_FRONT;
import static vn.chungsuc.shared.permission.Function.AREA_HEAD;
import static vn.chungsuc.shared.permission.Function.COMMUNE;
import static vn.chungsuc.shared.permission.Function.FRONT;
import static vn.chungsuc.shared.permission.Function.FRONT_MEMBER;
import static vn.chungsuc.shared.permission.Function.PROVINCE;
import static vn.chungsuc.shared.permission.Function.SOCIAL_AFFAIRS;
import static vn.chungsuc.shared.permission.PermissionTable.rule;

import org.springframework.stereotype.Component;
import vn.chungsuc.shared.permission.CurrentActor;
import vn.chungsuc.shared.permission.PermissionTable;
import vn.chungsuc.shared.permission.Permissions;
import vn.chungsuc.shared.permission.Reach;
import vn.chungsuc.shared.scope.UnitDirectory;
import vn.chungsuc.shared.time.Today;

/**
 * Who may do what in the poverty register. The review is the commune's (its People's Committee, with the Labour
 * officer); the Labour department leads and guides it (seed VI.1.2); the Front and its member organisations
 * supervise and take part in the meeting and in support; Culture has no part in it.
 */
@Component("povertyPermissions")
public class PovertyPermissions extends Permissions {

    public static final PermissionTable TABLE = PermissionTable.of(
            rule("household.view", Reach.VIEW,
                    "QĐ 24/2021/QĐ-TTg, Điều 3 (công khai, giám sát: MTTQ, tổ chức thành viên, khu dân cư)",
                    SOCIAL_AFFAIRS, COMMUNE, FRONT, FRONT_MEMBER, AREA_HEAD, AREA_FRONT, PROVINCE),
            rule("round.open", Reach.MANAGE,
                    "QĐ 24/2021/QĐ-TTg, Điều 4–5 (UBND cấp xã tổ chức rà soát); CTrPH 1995/2017 mục VI.1.2",
                    SOCIAL_AFFAIRS, COMMUNE),
            rule("round.manage", Reach.MANAGE,
                    "QĐ 24/2021/QĐ-TTg, Điều 4–5 (sáu bước rà soát do UBND cấp xã thực hiện)", SOCIAL_AFFAIRS, COMMUNE),
            rule("classification.override", Reach.MANAGE,
                    "QĐ 24/2021/QĐ-TTg, Điều 4 khoản 4 (Ban chỉ đạo cấp xã quyết định trường hợp đặc biệt)",
                    SOCIAL_AFFAIRS, COMMUNE),
            rule("support.assign", Reach.VIEW,
                    "CTrPH 1995/2017 mục VI.1.2 (phối hợp UBMTTQ và tổ chức thành viên hỗ trợ giảm nghèo)",
                    SOCIAL_AFFAIRS, COMMUNE, FRONT, FRONT_MEMBER),
            rule("standard.edit", Reach.ANYWHERE,
                    "Chuẩn nghèo do Chính phủ ban hành (NĐ 07/2021/NĐ-CP, NĐ 351/2025/NĐ-CP): quản trị viên ghi"),
            rule("reclassification.run", Reach.ANYWHERE,
                    "Xếp loại lại theo chuẩn mới cho toàn bộ dữ liệu: việc của quản trị viên"));

    PovertyPermissions(CurrentActor actors, UnitDirectory units, Today today) {
        super(TABLE, actors, units, today);
    }
}
