package vn.chungsuc.access;

import static vn.chungsuc.shared.permission.PermissionTable.rule;

import org.springframework.stereotype.Component;
import vn.chungsuc.shared.permission.CurrentActor;
import vn.chungsuc.shared.permission.PermissionTable;
import vn.chungsuc.shared.permission.Permissions;
import vn.chungsuc.shared.permission.Reach;
import vn.chungsuc.shared.scope.UnitDirectory;
import vn.chungsuc.shared.time.Today;

/** Who may do what with users and the audit log: the administrator alone (the rules name no function). */
@Component("accessPermissions")
public class AccessPermissions extends Permissions {

    public static final PermissionTable TABLE = PermissionTable.of(
            rule("user.manage", Reach.ANYWHERE,
                    "Quản trị hệ thống: tạo, sửa, khóa người dùng (NĐ 13/2023/NĐ-CP, Điều 26)"),
            rule("audit.read", Reach.ANYWHERE,
                    "Quản trị hệ thống: nhật ký xử lý dữ liệu cá nhân (NĐ 13/2023/NĐ-CP, Điều 27)"),
            rule("token.manage", Reach.ANYWHERE,
                    "Quản trị hệ thống: cấp, thu hồi mã truy cập API cho hệ thống tích hợp (NĐ 13/2023/NĐ-CP, Điều 26)"));

    AccessPermissions(CurrentActor actors, UnitDirectory units, Today today) {
        super(TABLE, actors, units, today);
    }
}
