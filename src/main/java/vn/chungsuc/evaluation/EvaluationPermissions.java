package vn.chungsuc.evaluation;

import static vn.chungsuc.shared.permission.Function.COMMUNE;
import static vn.chungsuc.shared.permission.Function.FRONT;
import static vn.chungsuc.shared.permission.Function.FRONT_MEMBER;
import static vn.chungsuc.shared.permission.Function.HOME_AFFAIRS;
import static vn.chungsuc.shared.permission.Function.CULTURE;
import static vn.chungsuc.shared.permission.Function.SOCIAL_AFFAIRS;
import static vn.chungsuc.shared.permission.Function.PROVINCE;
import static vn.chungsuc.shared.permission.PermissionTable.rule;

import org.springframework.stereotype.Component;
import vn.chungsuc.shared.permission.CurrentActor;
import vn.chungsuc.shared.permission.PermissionTable;
import vn.chungsuc.shared.permission.Permissions;
import vn.chungsuc.shared.permission.Reach;
import vn.chungsuc.shared.scope.UnitDirectory;
import vn.chungsuc.shared.time.Today;

/** Who may record and read awards; the unit checked is the issuer's. */
@Component("evaluationPermissions")
public class EvaluationPermissions extends Permissions {

    public static final PermissionTable TABLE = PermissionTable.of(
            rule("award.view", Reach.VIEW, "Luật Thi đua, khen thưởng 2022: quyết định khen thưởng được công bố "
                    + "công khai; CTrPH 1995/2017 mục IV.1 (biểu dương, khen thưởng kịp thời)", FRONT, FRONT_MEMBER,
                    HOME_AFFAIRS, COMMUNE, CULTURE, SOCIAL_AFFAIRS, PROVINCE),
            rule("award.record", Reach.MANAGE, "CTrPH 1995/2017 mục VI.1.7 (Phòng Nội vụ: thi đua, khen thưởng) và "
                    + "VI.2 (UBMTTQ hướng dẫn tiêu chí bình xét thi đua khen thưởng); Luật TĐKT 2022 Điều 80 (Chủ tịch "
                    + "UBND cấp xã tặng giấy khen)", FRONT, HOME_AFFAIRS, COMMUNE));

    EvaluationPermissions(CurrentActor actors, UnitDirectory units, Today today) {
        super(TABLE, actors, units, today);
    }

    public String username() {
        return actor().username();
    }
}
