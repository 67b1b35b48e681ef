package vn.chungsuc.campaign;

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

/** Who may do what with the programme: the Front launches and follows it (seed VI.2); everyone reads it. */
@Component("campaignPermissions")
public class CampaignPermissions extends Permissions {

    public static final PermissionTable TABLE = PermissionTable.of(
            rule("programme.view", Reach.ANYWHERE, "Chương trình phối hợp là văn bản công khai", EVERYONE),
            rule("programme.edit", Reach.MANAGE,
                    "CTrPH 1995/2017 mục VI.2 (UBMTTQ chủ trì phát động, phân công theo dõi, tổng hợp)", FRONT));

    CampaignPermissions(CurrentActor actors, UnitDirectory units, Today today) {
        super(TABLE, actors, units, today);
    }
}
