package vn.chungsuc.feedback;

import static vn.chungsuc.shared.permission.Function.AREA_FRONT;
import static vn.chungsuc.shared.permission.Function.AREA_HEAD;
import static vn.chungsuc.shared.permission.Function.COMMUNE;
import static vn.chungsuc.shared.permission.Function.CULTURE;
import static vn.chungsuc.shared.permission.Function.ECONOMY;
import static vn.chungsuc.shared.permission.Function.FRONT;
import static vn.chungsuc.shared.permission.Function.FRONT_MEMBER;
import static vn.chungsuc.shared.permission.Function.HOME_AFFAIRS;
import static vn.chungsuc.shared.permission.Function.JUSTICE;
import static vn.chungsuc.shared.permission.Function.OFFICE;
import static vn.chungsuc.shared.permission.Function.POLICE;
import static vn.chungsuc.shared.permission.Function.PROVINCE;
import static vn.chungsuc.shared.permission.Function.SOCIAL_AFFAIRS;
import static vn.chungsuc.shared.permission.Function.URBAN;
import static vn.chungsuc.shared.permission.PermissionTable.rule;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.permission.CurrentActor;
import vn.chungsuc.shared.permission.Function;
import vn.chungsuc.shared.permission.PermissionTable;
import vn.chungsuc.shared.permission.Permissions;
import vn.chungsuc.shared.permission.Reach;
import vn.chungsuc.shared.scope.UnitDirectory;
import vn.chungsuc.shared.time.Today;

/**
 * Who may do what with citizens' reports. The unit checked is the commune the report is about. Handling also needs
 * the officer to act for a function of the body the report is routed to, or for the commune (a commune officer
 * handles his commune's reports): checked by the module, since bodies are data.
 */
@Component("feedbackPermissions")
public class FeedbackPermissions extends Permissions {

    public static final PermissionTable TABLE = PermissionTable.of(
            rule("report.view", Reach.VIEW,
                    "NĐ 20/2008/NĐ-CP Điều 3, 8 (cơ quan tiếp nhận, xử lý phản ánh, kiến nghị); Luật MTTQ 2015 Điều 25 "
                            + "(giám sát); CTrPH 1995/2017 mục VI",
                    FRONT, FRONT_MEMBER, COMMUNE, OFFICE, URBAN, POLICE, SOCIAL_AFFAIRS, ECONOMY, CULTURE, JUSTICE,
                    HOME_AFFAIRS, PROVINCE),
            rule("report.handle", Reach.MANAGE,
                    "NĐ 20/2008/NĐ-CP Điều 8, 13 (cơ quan có thẩm quyền xử lý và trả lời); CTrPH 1995/2017 mục "
                            + "VI.1.1–1.7 (phòng, ban theo lĩnh vực)",
                    FRONT, COMMUNE, OFFICE, URBAN, POLICE, SOCIAL_AFFAIRS, ECONOMY, CULTURE, JUSTICE, HOME_AFFAIRS),
            rule("report.anonymous.identity", Reach.VIEW,
                    "Luật MTTQ 2015 Điều 25–27 (giám sát của Mặt trận); Luật Thực hiện dân chủ ở cơ sở 2022 Điều 31: "
                            + "danh tính người phản ánh ẩn danh chỉ Ủy ban MTTQ biết",
                    FRONT),
            rule("rules.manage", Reach.ANYWHERE,
                    "Lĩnh vực, thời hạn, phân công xử lý và lịch ngày làm việc là dữ liệu do quản trị hệ thống cập nhật"),
            // h-open311: the keys of Open311 applications (feedback.open311)
            rule("open311.keys", Reach.ANYWHERE,
                    "Khóa truy cập Open311 của ứng dụng khác: quản trị hệ thống cấp, thu hồi và đặt hạn mức"),
            // h-supervision: the Front's supervision, the people's boards, mediation, the closed loop to the plan
            rule("supervision.view", Reach.VIEW,
                    "Luật MTTQ 2015 Điều 25–27; QĐ 217-QĐ/TW; NQLT 403/2017: Ủy ban MTTQ, tổ chức thành viên và "
                            + "chính quyền cấp xã (cơ quan được giám sát) theo dõi kết quả giám sát, kiến nghị",
                    FRONT, FRONT_MEMBER, COMMUNE, OFFICE),
            rule("supervision.manage", Reach.MANAGE,
                    "Luật MTTQ 2015 Điều 25–27; NQLT 403/2017: Ủy ban MTTQ chủ trì giám sát, kết luận và kiến nghị",
                    FRONT),
            rule("supervision.answer", Reach.MANAGE,
                    "NQLT 403/2017: cơ quan được giám sát trả lời kiến nghị; Ủy ban MTTQ ghi văn bản trả lời nhận được",
                    FRONT, COMMUNE, OFFICE),
            rule("board.manage", Reach.MANAGE,
                    "Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 Điều 31; NĐ 59/2023/NĐ-CP: Ủy ban MTTQ cấp xã đề "
                            + "nghị, Ban Thường trực quyết định thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư "
                            + "của cộng đồng",
                    FRONT),
            rule("mediation.view", Reach.VIEW,
                    "Luật Hòa giải ở cơ sở 35/2013/QH13: Ủy ban MTTQ, Ban công tác Mặt trận, trưởng thôn, tổ dân phố "
                            + "và công chức tư pháp cấp xã theo dõi hoạt động của tổ hòa giải",
                    FRONT, FRONT_MEMBER, COMMUNE, OFFICE, JUSTICE, AREA_FRONT, AREA_HEAD),
            rule("mediation.record", Reach.MANAGE,
                    "Luật Hòa giải ở cơ sở 35/2013/QH13: tổ hòa giải ở thôn, tổ dân phố (Ban công tác Mặt trận, "
                            + "trưởng thôn, tổ trưởng tổ dân phố), Ủy ban MTTQ và công chức tư pháp cấp xã ghi vụ việc",
                    FRONT, COMMUNE, JUSTICE, AREA_FRONT, AREA_HEAD),
            rule("report.followup", Reach.MANAGE,
                    "CTrPH 1995/2017 mục VI.2 (UBMTTQ phân công, theo dõi thực hiện chương trình); Luật MTTQ 2015 "
                            + "Điều 27 (theo dõi việc giải quyết kiến nghị sau giám sát)",
                    FRONT));

    FeedbackPermissions(CurrentActor actors, UnitDirectory units, Today today) {
        super(TABLE, actors, units, today);
    }

    public Set<Function> functions() {
        return actor().functions();
    }

    public String username() {
        return actor().username();
    }

    public boolean administrator() {
        return actor().administrator();
    }
}
