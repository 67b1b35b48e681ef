package vn.chungsuc.access.domain;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.chungsuc.access.Department;
import vn.chungsuc.access.Role;
import vn.chungsuc.shared.scope.UnitDirectory;
import vn.chungsuc.shared.startup.DemoData;

/**
 * The demo logins of the Bỉm Sơn demo (profile {@code demo} only), all with the password {@code chungsuc}. Their
 * scopes follow their posts; since the wards of 2017 were merged on 1 July 2025, each officer of the town or of a
 * ward also holds the ward his unit was merged into, so that he sees his area both before and after.
 * Runs after the territory demo, which creates the units these codes name: access reaches units only through
 * {@link UnitDirectory}, which it {@linkplain #needs() names}.
 */
@Component
@Profile("demo")
class AccessDemoData implements DemoData {

    static final String PASSWORD = "chungsuc";
    private static final Logger log = LoggerFactory.getLogger(AccessDemoData.class);

    private final UserAdministration admin;

    AccessDemoData(UserAdministration admin) {
        this.admin = admin;
    }

    @Override
    public Set<Class<?>> needs() {
        return Set.of(UnitDirectory.class);
    }

    @Override
    public void load() {
        SecurityContextHolder.clearContext();
        int created = 0;
        created += add("admin", "Quản trị hệ thống", Role.ADMIN, null, Set.of());
        created += add("mttq", "Trần Thị Hương (UB MTTQ thị xã Bỉm Sơn)", Role.FRONT_OFFICER, null,
                Set.of(DemoUnits.TOWN, DemoUnits.NEW_WARD_BIM_SON, DemoUnits.NEW_WARD_QUANG_TRUNG));
        created += add("vhtt", "Lê Văn Minh (Phòng Văn hóa và Thông tin)", Role.DEPARTMENT_OFFICER,
                Department.CULTURE_INFORMATION,
                Set.of(DemoUnits.TOWN, DemoUnits.NEW_WARD_BIM_SON, DemoUnits.NEW_WARD_QUANG_TRUNG));
        created += add("ldtbxh", "Phạm Thị Lan (Phòng Lao động – Thương binh và Xã hội)", Role.DEPARTMENT_OFFICER,
                Department.LABOUR_SOCIAL_AFFAIRS,
                Set.of(DemoUnits.TOWN, DemoUnits.NEW_WARD_BIM_SON, DemoUnits.NEW_WARD_QUANG_TRUNG));
        created += add("badinh", "Nguyễn Văn Hùng (cán bộ phường Ba Đình)", Role.COMMUNE_OFFICER, null,
                Set.of(DemoUnits.WARD_BA_DINH, DemoUnits.NEW_WARD_BIM_SON));
        created += add("quangtrung", "Hoàng Văn Đức (cán bộ xã Quang Trung)", Role.COMMUNE_OFFICER, null,
                Set.of(DemoUnits.COMMUNE_QUANG_TRUNG, DemoUnits.NEW_WARD_QUANG_TRUNG));
        created += add("kp1badinh", "Đỗ Thị Mai (Trưởng Khu phố 1, phường Ba Đình)", Role.AREA_HEAD, null,
                Set.of(DemoUnits.AREA_KP1_BA_DINH));
        if (created > 0) {
            log.info("Demo logins created: {} (password '{}')", created, PASSWORD);
        }
    }

    private int add(String username, String fullName, Role role, Department department, Set<String> manage) {
        return admin.ensure(username, PASSWORD, fullName, role, department, manage, Set.of()) ? 1 : 0;
    }

    /** Unit codes of the territory demo. */
    static final class DemoUnits {
        static final String TOWN = "381";
        static final String WARD_BA_DINH = "14812";
        static final String COMMUNE_QUANG_TRUNG = "14824";
        static final String AREA_KP1_BA_DINH = "14812-01";
        static final String NEW_WARD_BIM_SON = "38-BS";
        static final String NEW_WARD_QUANG_TRUNG = "38-QT";

        private DemoUnits() {
        }
    }
}
