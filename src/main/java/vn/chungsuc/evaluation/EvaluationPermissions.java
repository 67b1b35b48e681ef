package vn.chungsuc.evaluation;

import static vn.chungsuc.shared.permission.Function.AREA_FRONT;
import static vn.chungsuc.shared.permission.Function.AREA_HEAD;
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
                    + "UBND cấp xã tặng giấy khen)", FRONT, HOME_AFFAIRS, COMMUNE),
            rule("area.view", Reach.VIEW, "CTrPH 1995/2017 mục IV.3 (kiểm tra, đánh giá định kỳ 6 tháng, 1 năm) và "
                    + "VI.2 (UBMTTQ theo dõi, tổng hợp, đánh giá kết quả cuộc vận động)", FRONT, FRONT_MEMBER, COMMUNE,
                    AREA_FRONT, AREA_HEAD, CULTURE, PROVINCE),
            rule("area.self", Reach.MANAGE, "CTrPH 1995/2017 mục IV.4 (Ngày hội Đại đoàn kết ở khu dân cư đánh giá kết "
                    + "quả 01 năm cuộc vận động); Ban Công tác Mặt trận khu dân cư tự đánh giá", AREA_FRONT),
            rule("area.review", Reach.MANAGE, "CTrPH 1995/2017 mục VI.2 (UBMTTQ chủ trì đánh giá kết quả cuộc vận động "
                    + "ở khu dân cư); Luật MTTQ Việt Nam 2015 Điều 3", FRONT, COMMUNE),
            rule("poll.record", Reach.MANAGE, "HD 91/HD-MTTW-BTT (21/9/2022): MTTQ lấy ý kiến sự hài lòng của người "
                    + "dân; QĐ 320/QĐ-TTg (08/3/2022)", FRONT, COMMUNE),
            rule("scale.edit", Reach.MANAGE, "Thang đánh giá chưa có hướng dẫn trung ương xác nhận: UBMTTQ tỉnh ban hành "
                    + "và sửa (domain §5); quản trị hệ thống", FRONT, PROVINCE));

    EvaluationPermissions(CurrentActor actors, UnitDirectory units, Today today) {
        super(TABLE, actors, units, today);
    }

    public String username() {
        return actor().username();
    }

    /** The units the current user may view and manage, as subtree roots. */
    public vn.chungsuc.shared.scope.UnitScope scope() {
        return actor().scope();
    }
}
