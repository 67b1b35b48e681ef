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
            rule("definition.edit", Reach.ANYWHERE,
                    "CTrPH 1995/2017 mục VI.2 (UBMTTQ theo dõi, tổng hợp, đánh giá kết quả)", FRONT));

    IndicatorsPermissions(CurrentActor actors, UnitDirectory units, Today today) {
        super(TABLE, actors, units, today);
    }
}
