package vn.chungsuc.territory;

/** What kind of body a unit has. */
public enum BodyKind {
    /** Cơ quan chuyên môn thuộc UBND (phòng, sở, văn phòng) and those the programme names beside them (công an). */
    GOVERNMENT,
    /** Ủy ban Mặt trận Tổ quốc Việt Nam of the unit. */
    FRONT_COMMITTEE,
    /** Tổ chức thành viên của MTTQ: Hội LHPN, Đoàn TNCS Hồ Chí Minh, Hội Nông dân, Hội CCB, Công đoàn. */
    FRONT_MEMBER,
    /** Ban Công tác Mặt trận of a residential area. */
    AREA_FRONT_COMMITTEE
}
