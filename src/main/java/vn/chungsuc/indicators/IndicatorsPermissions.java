package vn.chungsuc.indicators;

import static vn.chungsuc.shared.permission.Function.FRONT;
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
 * Who may do what with the figures. Everyone reads the figures of his units and enters those of the units he
 * manages (the entry's own policy says who submits and approves); the Front keeps the indicator catalogue, since it
 * follows and aggregates the campaign (seed VI.2).
 */
@Component("indicatorsPermissions")
public class IndicatorsPermissions extends Permissions {

    public static final PermissionTable TABLE = PermissionTable.of(
            rule("figures.view", Reach.VIEW, "CTrPH 1995/2017 mục IV (kiểm tra 6 tháng, hằng năm)", EVERYONE),
            rule("entry.enter", Reach.MANAGE, "CTrPH 1995/2017 mục IV, VI (mỗi đơn vị báo cáo phần việc của mình)",
                    EVERYONE),
            rule("entry.approve", Reach.VIEW, "CTrPH 1995/2017 mục IV.3 (Mặt trận các cấp kiểm tra, đánh giá); "
                    + "ai duyệt là cấu hình theo đơn vị và ngày (indicators_approver)", EVERYONE),
            rule("approver.edit", Reach.ANYWHERE, "Luật Tổ chức chính quyền địa phương 2025 (chính quyền hai cấp từ "
                    + "01/7/2025): cơ quan duyệt số liệu của mỗi cấp do quản trị hệ thống cấu hình"),
            rule("definition.edit", Reach.ANYWHERE,
                    "CTrPH 1995/2017 mục VI.2 (UBMTTQ theo dõi, tổng hợp, đánh giá kết quả)", FRONT));

    IndicatorsPermissions(CurrentActor actors, UnitDirectory units, Today today) {
        super(TABLE, actors, units, today);
    }
}
