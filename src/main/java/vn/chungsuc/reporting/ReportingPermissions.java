package vn.chungsuc.reporting;

import static vn.chungsuc.shared.permission.Function.COMMUNE;
import static vn.chungsuc.shared.permission.Function.FRONT;
import static vn.chungsuc.shared.permission.Function.FRONT_MEMBER;
import static vn.chungsuc.shared.permission.Function.OFFICE;
import static vn.chungsuc.shared.permission.Function.PROVINCE;
import static vn.chungsuc.shared.permission.PermissionTable.rule;

import org.springframework.stereotype.Component;
import vn.chungsuc.shared.permission.CurrentActor;
import vn.chungsuc.shared.permission.PermissionTable;
import vn.chungsuc.shared.permission.Permissions;
import vn.chungsuc.shared.permission.Reach;
import vn.chungsuc.shared.scope.UnitDirectory;
import vn.chungsuc.shared.time.Today;

/**
 * Who may do what with the official reports of a unit. The unit checked is the report's unit, on the last day of
 * its period.
 */
@Component("reportingPermissions")
public class ReportingPermissions extends Permissions {

    public static final PermissionTable TABLE = PermissionTable.of(
            rule("report.view", Reach.VIEW,
                    "CTrPH 1995/2017 mục IV.3: định kỳ 6 tháng và một năm Mặt trận các cấp kiểm tra, đánh giá; "
                            + "cấp trên và các tổ chức thành viên theo dõi kết quả",
                    FRONT, FRONT_MEMBER, COMMUNE, OFFICE, PROVINCE),
            rule("report.draft", Reach.MANAGE,
                    "CTrPH 1995/2017 mục IV.3 và V (sơ kết, tổng kết); NĐ 30/2020/NĐ-CP Điều 10 (soạn thảo văn bản)",
                    FRONT, COMMUNE),
            rule("report.approve", Reach.MANAGE,
                    "NĐ 30/2020/NĐ-CP Điều 13 (người đứng đầu ký hoặc cấp phó ký thay); Điều lệ MTTQ Việt Nam: "
                            + "Ban Thường trực Ủy ban MTTQ ký văn bản của Ủy ban",
                    FRONT),
            rule("report.issue", Reach.MANAGE,
                    "NĐ 30/2020/NĐ-CP Điều 15 (đăng ký, cấp số, thời gian ban hành văn bản đi; số bắt đầu từ 01 "
                            + "vào ngày 01 tháng 01 hằng năm)",
                    FRONT, OFFICE));

    ReportingPermissions(CurrentActor actors, UnitDirectory units, Today today) {
        super(TABLE, actors, units, today);
    }

    public String username() {
        return actor().username();
    }
}
