package vn.chungsuc.feedback;

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
                    "Khóa truy cập Open311 của ứng dụng khác: quản trị hệ thống cấp, thu hồi và đặt hạn mức"));

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
