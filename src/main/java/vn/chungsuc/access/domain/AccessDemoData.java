package vn.chungsuc.access.domain;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.chungsuc.access.Role;
import vn.chungsuc.shared.scope.UnitDirectory;
import vn.chungsuc.shared.startup.DemoData;

/**
 * The demo logins of the Bỉm Sơn demo (profile {@code demo} only), all with the password {@code chungsuc}. Their
 * scopes follow their posts; since the wards of 2017 were merged on 1 July 2025, each officer of the town or of a
 * ward also holds the ward his unit was merged into, so that he sees his area both before and after. Department
 * officers work in a body of the territory demo (381-VHTT, 381-LDTBXH) and act for its functions; the province
 * officer ({@code tinh}), the Women's Union officer ({@code hoiphunu}) and the member of Khu phố 1's Ban Công tác
 * Mặt trận ({@code bctmkp1badinh}) stand for the posts the 2017 programme names besides. The chair of phường Bỉm
 * Sơn's People's Committee ({@code ubndbimson}) works through the ward's office (38-BS-VP) and approves the ward's
 * figures after 1/7/2025, when no district stands above it.
 * Runs after the territory demo, which creates the units and bodies these codes name: access reaches units only
 * through {@link UnitDirectory}, which it {@linkplain #needs() names}.
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
        // the chair of the town's Front committee: signs and approves the reports mttq drafts (reporting)
        created += add("chutichmttq", "Nguyễn Văn Thành (Chủ tịch UB MTTQ thị xã Bỉm Sơn)", Role.FRONT_OFFICER, null,
                Set.of(DemoUnits.TOWN, DemoUnits.NEW_WARD_BIM_SON, DemoUnits.NEW_WARD_QUANG_TRUNG));
        created += add("vhtt", "Lê Văn Minh (Phòng Văn hóa và Thông tin)", Role.DEPARTMENT_OFFICER,
                DemoUnits.BODY_CULTURE,
                Set.of(DemoUnits.TOWN, DemoUnits.NEW_WARD_BIM_SON, DemoUnits.NEW_WARD_QUANG_TRUNG));
        created += add("ldtbxh", "Phạm Thị Lan (Phòng Lao động – Thương binh và Xã hội)", Role.DEPARTMENT_OFFICER,
                DemoUnits.BODY_LABOUR,
                Set.of(DemoUnits.TOWN, DemoUnits.NEW_WARD_BIM_SON, DemoUnits.NEW_WARD_QUANG_TRUNG));
        created += add("badinh", "Nguyễn Văn Hùng (cán bộ phường Ba Đình)", Role.COMMUNE_OFFICER, null,
                Set.of(DemoUnits.WARD_BA_DINH, DemoUnits.NEW_WARD_BIM_SON));
        created += add("quangtrung", "Hoàng Văn Đức (cán bộ xã Quang Trung)", Role.COMMUNE_OFFICER, null,
                Set.of(DemoUnits.COMMUNE_QUANG_TRUNG, DemoUnits.NEW_WARD_QUANG_TRUNG));
        created += add("ubndbimson", "Lê Thị Ngọc (Chủ tịch UBND phường Bỉm Sơn)", Role.COMMUNE_OFFICER,
                DemoUnits.BODY_BIM_SON_OFFICE, Set.of(DemoUnits.NEW_WARD_BIM_SON), Set.of());
        created += add("kp1badinh", "Đỗ Thị Mai (Trưởng Khu phố 1, phường Ba Đình)", Role.AREA_HEAD, null,
                Set.of(DemoUnits.AREA_KP1_BA_DINH));
        created += add("tinh", "Vũ Thị Thu (Sở Văn hóa, Thể thao và Du lịch Thanh Hóa)", Role.PROVINCE_OFFICER,
                DemoUnits.BODY_PROVINCE_CULTURE, Set.of(), Set.of(DemoUnits.PROVINCE));
        created += add("hoiphunu", "Ngô Thị Hạnh (Hội Liên hiệp Phụ nữ thị xã Bỉm Sơn)", Role.FRONT_MEMBER_OFFICER,
                DemoUnits.BODY_WOMEN, Set.of(),
                Set.of(DemoUnits.TOWN, DemoUnits.NEW_WARD_BIM_SON, DemoUnits.NEW_WARD_QUANG_TRUNG));
        created += add("bctmkp1badinh", "Trịnh Văn Bình (Ban Công tác Mặt trận Khu phố 1, phường Ba Đình)",
                Role.AREA_FRONT_MEMBER, DemoUnits.BODY_AREA_FRONT, Set.of(DemoUnits.AREA_KP1_BA_DINH), Set.of());
        if (created > 0) {
            log.info("Demo logins created: {} (password '{}')", created, PASSWORD);
        }
    }

    private int add(String username, String fullName, Role role, String body, Set<String> manage) {
        return add(username, fullName, role, body, manage, Set.of());
    }

    private int add(String username, String fullName, Role role, String body, Set<String> manage, Set<String> view) {
        return admin.ensure(username, PASSWORD, fullName, role, body, manage, view) ? 1 : 0;
    }

    /** Unit codes of the territory demo. */
    static final class DemoUnits {
        static final String PROVINCE = "38";
        static final String TOWN = "381";
        static final String WARD_BA_DINH = "14812";
        static final String COMMUNE_QUANG_TRUNG = "14824";
        static final String AREA_KP1_BA_DINH = "14812-01";
        static final String NEW_WARD_BIM_SON = "38-BS";
        static final String NEW_WARD_QUANG_TRUNG = "38-QT";

        /** Bodies of the territory demo. */
        static final String BODY_CULTURE = "381-VHTT";
        static final String BODY_LABOUR = "381-LDTBXH";
        static final String BODY_PROVINCE_CULTURE = "38-SVHTTDL";
        static final String BODY_WOMEN = "381-LHPN";
        static final String BODY_AREA_FRONT = "14812-01-BCTMT";
        static final String BODY_BIM_SON_OFFICE = "38-BS-VP";

        private DemoUnits() {
        }
    }
}
