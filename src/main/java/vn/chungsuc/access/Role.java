package vn.chungsuc.access;

import java.util.Set;
import vn.chungsuc.shared.permission.Function;

/**
 * The posts a user can hold. A post gives the functions it acts for; a user who works in a body (a department,
 * an office, a member organisation) also acts for that body's functions, which are data of the territory module.
 */
public enum Role {
    /** Quản trị hệ thống: administers; no function of its own is needed. */
    ADMIN(Set.of()),
    /** Cán bộ Ủy ban Mặt trận Tổ quốc. */
    FRONT_OFFICER(Set.of(Function.FRONT)),
    /** Cán bộ phòng ban thuộc UBND: acts for his body's functions (Culture for titles, Labour for poverty). */
    DEPARTMENT_OFFICER(Set.of()),
    /** Cán bộ xã, phường, thị trấn. */
    COMMUNE_OFFICER(Set.of(Function.COMMUNE)),
    /** Trưởng thôn, trưởng khu phố, tổ trưởng tổ dân phố. */
    AREA_HEAD(Set.of(Function.AREA_HEAD)),
    /** Cán bộ sở, ngành cấp tỉnh: follows the province and acts for his department's functions. */
    PROVINCE_OFFICER(Set.of(Function.PROVINCE)),
    /** Cán bộ tổ chức thành viên của MTTQ (Hội LHPN, Đoàn TN, Hội Nông dân, Hội CCB, Công đoàn). */
    FRONT_MEMBER_OFFICER(Set.of(Function.FRONT_MEMBER)),
    /** Thành viên Ban Công tác Mặt trận khu dân cư. */
    AREA_FRONT_MEMBER(Set.of(Function.AREA_FRONT));

    private final Set<Function> functions;

    Role(Set<Function> functions) {
        this.functions = functions;
    }

    /** The functions the post itself acts for (a body adds its own). */
    public Set<Function> functions() {
        return functions;
    }

    /** Whether the post is the work of a body, so that a user holding it must name the body. */
    public boolean needsBody() {
        return this == DEPARTMENT_OFFICER || this == PROVINCE_OFFICER || this == FRONT_MEMBER_OFFICER;
    }
}
