package vn.chungsuc.plan;

import static vn.chungsuc.shared.permission.Function.AREA_FRONT;
import static vn.chungsuc.shared.permission.Function.AREA_HEAD;
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
import static vn.chungsuc.shared.permission.Function.COMMUNE;
import static vn.chungsuc.shared.permission.Function.AREA_FRONT;
import static vn.chungsuc.shared.permission.Function.AREA_HEAD;
import static vn.chungsuc.shared.permission.PermissionTable.rule;

import org.springframework.stereotype.Component;
import vn.chungsuc.shared.permission.CurrentActor;
import vn.chungsuc.shared.permission.PermissionTable;
import vn.chungsuc.shared.permission.Permissions;
import vn.chungsuc.shared.permission.Reach;
import vn.chungsuc.shared.scope.UnitDirectory;
import vn.chungsuc.shared.time.Today;

/**
 * Who may do what with a programme's plan. The unit checked is the unit the programme runs in or, for seeing a task
 * and reporting on it, one of the units the task covers (on today's unit tree). Reporting also needs the reporter
 * to act for a function of the task's lead body (checked by the plan itself, since bodies are data): the Culture
 * department reports on the tasks the Culture department leads; a commune's officer ({@code COMMUNE}) acts for the
 * bodies of the communes he manages (a ward's Phòng Kinh tế, Hạ tầng và Đô thị after 1/7/2025).
 */
@Component("planPermissions")
public class PlanPermissions extends Permissions {

    public static final PermissionTable TABLE = PermissionTable.of(
            rule("task.view", Reach.VIEW,
                    "CTrPH 1995/2017 mục VI: các phòng, ban và UBMTTQ thị xã cùng theo dõi nhiệm vụ được phân công",
                    FRONT, FRONT_MEMBER, CULTURE, SOCIAL_AFFAIRS, ECONOMY, URBAN, JUSTICE, POLICE, HOME_AFFAIRS,
                    OFFICE, COMMUNE, PROVINCE),
            rule("progress.report", Reach.MANAGE,
                    "CTrPH 1995/2017 mục VI.1.1–1.7 (phòng, ban chủ trì nhiệm vụ của mình) và VI.2 (UBMTTQ chủ trì); "
                            + "từ 1/7/2025 UBND xã, phường và các phòng chuyên môn của mình thực hiện nhiệm vụ trên "
                            + "địa bàn (Luật Tổ chức chính quyền địa phương 2025, NĐ 150/2025/NĐ-CP)",
                    FRONT, CULTURE, SOCIAL_AFFAIRS, ECONOMY, URBAN, JUSTICE, POLICE, HOME_AFFAIRS, COMMUNE),
            // issue 15 items 5, 7, 8 (h-coordc): completeness and reminders, the Great Unity Day, checks and reviews
            rule("duty.view", Reach.VIEW,
                    "CTrPH 1995/2017 mục VI.2: UBMTTQ thị xã theo dõi, tổng hợp kết quả; định kỳ 6 tháng, một năm "
                            + "báo cáo",
                    FRONT, FRONT_MEMBER, COMMUNE, OFFICE, PROVINCE, CULTURE, HOME_AFFAIRS),
            rule("duty.remind", Reach.MANAGE,
                    "CTrPH 1995/2017 mục VI.2: UBMTTQ thị xã đôn đốc các đơn vị thực hiện và báo cáo",
                    FRONT),
            rule("duty.settings", Reach.ANYWHERE,
                    "CTrPH 1995/2017 mục VI.2: UBMTTQ thị xã quy định việc báo cáo định kỳ 6 tháng, một năm",
                    FRONT),
            rule("unityday.view", Reach.VIEW,
                    "CTrPH 1995/2017 mục IV.4: tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư",
                    FRONT, FRONT_MEMBER, COMMUNE, OFFICE, PROVINCE, CULTURE, AREA_FRONT, AREA_HEAD),
            rule("unityday.record", Reach.MANAGE,
                    "CTrPH 1995/2017 mục IV.4; Ban Công tác Mặt trận khu dân cư tổ chức Ngày hội (Nghị quyết liên "
                            + "tịch 09/2008/NQLT-CP-UBTWMTTQVN)",
                    FRONT, COMMUNE, AREA_FRONT, AREA_HEAD),
            rule("review.view", Reach.VIEW,
                    "CTrPH 1995/2017 mục IV.3 và V: kiểm tra định kỳ 6 tháng, một năm; sơ kết 2 năm, 3 năm, tổng kết",
                    FRONT, FRONT_MEMBER, CULTURE, SOCIAL_AFFAIRS, ECONOMY, URBAN, JUSTICE, POLICE, HOME_AFFAIRS,
                    OFFICE, COMMUNE, PROVINCE),
            rule("review.record", Reach.MANAGE,
                    "CTrPH 1995/2017 mục IV.3 và VI.2: UBMTTQ chủ trì kiểm tra, sơ kết, tổng kết",
                    FRONT),
            rule("task.edit", Reach.MANAGE,
                    "CTrPH 1995/2017 mục VI.2: UBMTTQ thị xã chủ trì phân công theo dõi, tổng hợp, đánh giá kết quả "
                    + "thực hiện chương trình",
                    FRONT),
            rule("practice.view", Reach.VIEW,
                    "CTrPH 1995/2017 mục IV.3: xây dựng mô hình điểm, nhân rộng mô hình, cách làm hay",
                    FRONT, FRONT_MEMBER, AREA_FRONT, AREA_HEAD, CULTURE, SOCIAL_AFFAIRS, ECONOMY, URBAN, JUSTICE,
                    POLICE, HOME_AFFAIRS, OFFICE, COMMUNE, PROVINCE),
            rule("practice.record", Reach.MANAGE,
                    "CTrPH 1995/2017 mục IV.3: mỗi xã, phường chọn một khu dân cư làm điểm; UBMTTQ và các tổ chức "
                    + "thành viên ghi nhận mô hình, cách làm hay",
                    FRONT, FRONT_MEMBER, COMMUNE, CULTURE, SOCIAL_AFFAIRS, ECONOMY, URBAN, POLICE),
            rule("practice.replicate", Reach.MANAGE,
                    "CTrPH 1995/2017 mục IV.3 và VI.2: UBMTTQ chủ trì đánh giá, lựa chọn mô hình để nhân rộng",
                    FRONT),
            rule("training.view", Reach.VIEW,
                    "CTrPH 1995/2017 mục IV.3 và VI.1.6: tập huấn hằng năm cho cán bộ Mặt trận, các đoàn thể, "
                    + "trưởng khu dân cư",
                    FRONT, FRONT_MEMBER, AREA_FRONT, AREA_HEAD, CULTURE, SOCIAL_AFFAIRS, ECONOMY, URBAN, JUSTICE,
                    POLICE, HOME_AFFAIRS, OFFICE, COMMUNE, PROVINCE),
            rule("training.record", Reach.MANAGE,
                    "CTrPH 1995/2017 mục IV.3 và VI.1.6: cơ quan tổ chức lớp tập huấn ghi nhận lớp, học viên, tài liệu",
                    FRONT, FRONT_MEMBER, COMMUNE, CULTURE, SOCIAL_AFFAIRS, POLICE, JUSTICE),
            rule("joint.view", Reach.VIEW,
                    "CTrPH 1995/2017: chương trình, kế hoạch liên tịch giữa UBND và UBMTTQ cùng cấp",
                    FRONT, FRONT_MEMBER, CULTURE, SOCIAL_AFFAIRS, ECONOMY, URBAN, JUSTICE, POLICE, HOME_AFFAIRS,
                    OFFICE, COMMUNE, PROVINCE),
            rule("joint.draft", Reach.MANAGE,
                    "Luật MTTQ Việt Nam 2015 Điều 33 (phối hợp công tác) và NQLT 403/2017: văn bản liên tịch do hai bên "
                    + "cùng soạn thảo",
                    FRONT, OFFICE),
            rule("joint.approve", Reach.MANAGE,
                    "Luật Ban hành VBQPPL 2015, Luật MTTQ 2015 Điều 33: mỗi bên ký văn bản liên tịch bằng người có "
                    + "thẩm quyền của mình",
                    FRONT, OFFICE, COMMUNE));

    PlanPermissions(CurrentActor actors, UnitDirectory units, Today today) {
        super(TABLE, actors, units, today);
    }

    /** The functions of the current user, for matching the lead body of a task. */
    public java.util.Set<vn.chungsuc.shared.permission.Function> functions() {
        return actor().functions();
    }

    public String username() {
        return actor().username();
    }

    public boolean administrator() {
        return actor().administrator();
    }
}
