package vn.chungsuc.registry;

import static vn.chungsuc.shared.permission.Function.AREA_HEAD;
import static vn.chungsuc.shared.permission.Function.COMMUNE;
import static vn.chungsuc.shared.permission.Function.POLICE;
import static vn.chungsuc.shared.permission.Function.SOCIAL_AFFAIRS;
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
 * Who may do what with households and persons. Everyone reads the register of his units; the commune keeps it
 * with the heads of the areas; splitting or ending a household changes the residence record, which the commune and
 * the police keep (Luật Cư trú 2020). Personal identifiers (CCCD, phone) are personal data: only those whose work
 * needs them read them in full, the others see them masked and may show them, each showing audited
 * (NĐ 13/2023/NĐ-CP, Điều 3: dữ liệu được xử lý đúng mục đích, giới hạn cần thiết).
 */
@Component("registryPermissions")
public class RegistryPermissions extends Permissions {

    public static final PermissionTable TABLE = PermissionTable.of(
            rule("household.view", Reach.VIEW, "Phạm vi xem của người dùng (đơn vị được giao)", EVERYONE),
            rule("household.edit", Reach.MANAGE,
                    "Trưởng khu dân cư lập danh sách hộ; UBND cấp xã quản lý (CTrPH 1995/2017 mục IV; Luật Cư trú 2020)",
                    COMMUNE, AREA_HEAD, POLICE),
            rule("household.split", Reach.MANAGE, "Luật Cư trú 2020, Điều 25 (tách hộ)", COMMUNE, POLICE),
            rule("household.end", Reach.MANAGE, "Luật Cư trú 2020, Điều 24 (xóa đăng ký thường trú)", COMMUNE, POLICE),
            rule("identity.read", Reach.VIEW,
                    "NĐ 13/2023/NĐ-CP, Điều 3 (giới hạn cần thiết): xã giữ sổ, công an cư trú, "
                            + "Lao động rà soát hộ nghèo (QĐ 24/2021/QĐ-TTg, Phụ lục phiếu B)",
                    COMMUNE, POLICE, SOCIAL_AFFAIRS),
            rule("identity.reveal", Reach.VIEW,
                    "NĐ 13/2023/NĐ-CP, Điều 27 (ghi nhật ký mỗi lần xem dữ liệu cá nhân)", EVERYONE));

    RegistryPermissions(CurrentActor actors, UnitDirectory units, Today today) {
        super(TABLE, actors, units, today);
    }

    /** The identifier in full for those whose work needs it, masked for the others ({@code 0*********12}). */
    public String identifier(String value) {
        return value == null || value.isBlank() || may("identity.read") ? value : mask(value);
    }

    /** Keeps the first character and the last two; every other character becomes {@code *}. */
    public static String mask(String value) {
        if (value == null || value.length() <= 3) {
            return value == null ? null : "*".repeat(value.length());
        }
        return value.charAt(0) + "*".repeat(value.length() - 3) + value.substring(value.length() - 2);
    }
}
