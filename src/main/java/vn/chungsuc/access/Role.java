package vn.chungsuc.access;

/** The posts a user can hold; each maps to the authority {@code ROLE_<name>}. */
public enum Role {
    /** Quản trị hệ thống. */
    ADMIN,
    /** Cán bộ Ủy ban Mặt trận Tổ quốc. */
    FRONT_OFFICER,
    /** Cán bộ phòng ban thuộc UBND (tied to one {@link Department}). */
    DEPARTMENT_OFFICER,
    /** Cán bộ xã, phường, thị trấn. */
    COMMUNE_OFFICER,
    /** Trưởng thôn, trưởng khu phố, tổ trưởng tổ dân phố. */
    AREA_HEAD;

    public String authority() {
        return "ROLE_" + name();
    }
}
