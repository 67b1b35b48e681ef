package vn.chungsuc.territory;

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
 * Who may do what with the units and their bodies. The catalogue and the changes to the tree follow the
 * resolutions of the Standing Committee of the National Assembly: the system's administrator records them; every
 * officer reads the units of his scope.
 */
@Component("territoryPermissions")
public class TerritoryPermissions extends Permissions {

    public static final PermissionTable TABLE = PermissionTable.of(
            rule("unit.view", Reach.VIEW, "Phạm vi xem của người dùng (đơn vị được giao)", EVERYONE),
            rule("catalogue.import", Reach.ANYWHERE,
                    "Danh mục đơn vị hành chính của Tổng cục Thống kê (QĐ 124/2004/QĐ-TTg): quản trị viên nhập"),
            rule("unit.change", Reach.ANYWHERE,
                    "Nghị quyết sắp xếp đơn vị hành chính của UBTVQH (ví dụ NQ 1686/NQ-UBTVQH15): quản trị viên ghi"),
            rule("body.manage", Reach.ANYWHERE,
                    "Cơ quan chuyên môn thuộc UBND (NĐ 150/2025/NĐ-CP), MTTQ và tổ chức thành viên: quản trị viên ghi"));

    TerritoryPermissions(CurrentActor actors, UnitDirectory units, Today today) {
        super(TABLE, actors, units, today);
    }
}
