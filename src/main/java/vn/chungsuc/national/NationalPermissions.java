package vn.chungsuc.national;

import static vn.chungsuc.shared.permission.Function.FRONT;
import static vn.chungsuc.shared.permission.PermissionTable.rule;

import org.springframework.stereotype.Component;
import vn.chungsuc.shared.permission.CurrentActor;
import vn.chungsuc.shared.permission.PermissionTable;
import vn.chungsuc.shared.permission.Permissions;
import vn.chungsuc.shared.permission.Reach;
import vn.chungsuc.shared.scope.UnitDirectory;
import vn.chungsuc.shared.time.Today;

/**
 * Who sees the national view: the administrator and the Front (on the national instance, the officers of the
 * Central Committee of the Fatherland Front, who follow and aggregate the campaign for the whole country). Only the
 * administrator sees the replication's state.
 */
@Component("nationalPermissions")
public class NationalPermissions extends Permissions {

    public static final PermissionTable TABLE = PermissionTable.of(
            rule("dashboard.view", Reach.ANYWHERE,
                    "CTrPH 1995/2017 mục VI.2 (UBTW MTTQ Việt Nam theo dõi, tổng hợp kết quả toàn quốc)", FRONT),
            rule("replication.view", Reach.ANYWHERE, "Vận hành hệ thống: chỉ quản trị hệ thống"));

    NationalPermissions(CurrentActor actors, UnitDirectory units, Today today) {
        super(TABLE, actors, units, today);
    }
}
