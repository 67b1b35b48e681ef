package vn.chungsuc.shared.permission;

/**
 * What a post or a body does: the line of work a permission names. A user acts for the functions of his post
 * (a commune officer for the commune, a Front officer for the Front) and of the body he works in (the Culture
 * department for culture); which functions a body has is data of the territory module ({@link BodyRef}), not code.
 * Seed section VI assigns each of these to a department or to the Front.
 */
public enum Function {
    /** Ủy ban MTTQ: launches the campaign, follows, aggregates, evaluates (seed VI.2). */
    FRONT,
    /** Tổ chức thành viên của MTTQ (Hội LHPN, Đoàn TN, Hội Nông dân, Hội CCB, Công đoàn): join and support. */
    FRONT_MEMBER,
    /** Ban Công tác Mặt trận of a residential area: holds its meetings and votes with the head of the area. */
    AREA_FRONT,
    /** Trưởng thôn, trưởng khu phố, tổ trưởng tổ dân phố: lists the households of his area. */
    AREA_HEAD,
    /** Cán bộ, công chức UBND cấp xã: keeps the commune's registers, runs its yearly reviews. */
    COMMUNE,
    /** Officer of a province department (sở): follows the province, keeps the province's rule sets. */
    PROVINCE,
    /** Văn hóa và Thông tin: cultural titles and their criteria (seed VI.1.1). */
    CULTURE,
    /** Lao động – Thương binh và Xã hội: the poverty register and its public lists (seed VI.1.2). */
    SOCIAL_AFFAIRS,
    /** Kinh tế: the new-rural self-assessment (seed VI.1.3). */
    ECONOMY,
    /** Quản lý đô thị: sidewalks, sanitation, lighting, drainage (seed VI.1.4). */
    URBAN,
    /** Tư pháp: village conventions, legal outreach (seed VI.1.5). */
    JUSTICE,
    /** Công an: crime, social evils, residence registration (seed VI.1.6). */
    POLICE,
    /** Nội vụ: emulation and rewards (seed VI.1.7). */
    HOME_AFFAIRS,
    /** Văn phòng HĐND và UBND: the committee's office. */
    OFFICE
}
