package vn.chungsuc.access;

/**
 * Departments of the People's Committee that the 2017 programme (section VI) gives tasks to. A department officer
 * holds the authority {@code DEPT_<name>}.
 */
public enum Department {
    /** Phòng Văn hóa và Thông tin: titles and their criteria. */
    CULTURE_INFORMATION,
    /** Phòng Lao động – Thương binh và Xã hội: the poverty register. */
    LABOUR_SOCIAL_AFFAIRS,
    /** Phòng Kinh tế: the new-rural self-assessment. */
    ECONOMY,
    /** Phòng Quản lý đô thị: sidewalks, sanitation, lighting, drainage. */
    URBAN_MANAGEMENT,
    /** Phòng Tư pháp: village conventions, legal outreach. */
    JUSTICE,
    /** Công an: crime and social evils. */
    POLICE,
    /** Phòng Nội vụ: emulation and rewards. */
    HOME_AFFAIRS;

    public String authority() {
        return "DEPT_" + name();
    }
}
