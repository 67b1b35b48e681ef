package vn.chungsuc.fund;

import static vn.chungsuc.shared.permission.Function.AREA_FRONT;
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

/** Who may do what with a fund; the unit checked is the fund's unit. */
@Component("fundPermissions")
public class FundPermissions extends Permissions {

    public static final PermissionTable TABLE = PermissionTable.of(
            rule("fund.view", Reach.VIEW, "QĐ 1198/QĐ-MTTW-ĐCT 2016 (quỹ được quản lý công khai, minh bạch; Ban "
                    + "vận động và các tổ chức thành viên giám sát); HD 96/HD-MTTW-BTT 2017", FRONT, FRONT_MEMBER,
                    COMMUNE, SOCIAL_AFFAIRS, PROVINCE),
            rule("fund.manage", Reach.MANAGE, "QĐ 1198/QĐ-MTTW-ĐCT 2016: Ban Thường trực UBMTTQ mỗi cấp là cơ quan "
                    + "thường trực của Ban vận động, quản lý tài khoản và sổ sách của quỹ", FRONT),
            rule("donation.record", Reach.MANAGE, "QĐ 1198/QĐ-MTTW-ĐCT 2016 (tiếp nhận ủng hộ, cấp biên lai); "
                    + "TT 41/2022/TT-BTC (kế toán hoạt động xã hội, từ thiện)", FRONT),
            rule("ledger.close", Reach.MANAGE, "TT 41/2022/TT-BTC (khóa sổ kế toán theo kỳ); QĐ 1198/QĐ-MTTW-ĐCT "
                    + "2016 (quyết toán quỹ)", FRONT),
            rule("support.propose", Reach.MANAGE, "HD 96/HD-MTTW-BTT 2017: Ban Công tác Mặt trận khu dân cư và UBND "
                    + "cấp xã đề xuất hộ nghèo, cận nghèo được hỗ trợ", FRONT, AREA_FRONT, COMMUNE),
            rule("support.decide", Reach.MANAGE, "QĐ 1198/QĐ-MTTW-ĐCT 2016: Ban vận động cùng cấp quyết định chi hỗ "
                    + "trợ, đúng đối tượng, công khai", FRONT),
            rule("support.pay", Reach.MANAGE, "TT 41/2022/TT-BTC (chi có chứng từ, ghi sổ kế toán); QĐ 1198/QĐ-MTTW-"
                    + "ĐCT 2016: Ban Thường trực UBMTTQ quản lý tài khoản, sổ sách của quỹ", FRONT),
            rule("support.rate", Reach.MANAGE, "QĐ 1198/QĐ-MTTW-ĐCT 2016: Ban vận động mỗi cấp quyết định mức hỗ "
                    + "trợ theo nguồn quỹ; mức là dữ liệu có hiệu lực theo ngày, không phải hằng số", FRONT));

    FundPermissions(CurrentActor actors, UnitDirectory units, Today today) {
        super(TABLE, actors, units, today);
    }

    /** The system's administrator (data that holds for every fund, such as the support categories' rules). */
    public boolean administrator() {
        return actor().administrator();
    }

    public String username() {
        String name = actor().username();
        return name == null ? "system" : name;
    }
}
