package vn.chungsuc.campaign;

/** What a target counts. */
public enum Subject {
    /** Hộ gia đình, hộ dân. */
    HOUSEHOLD,
    /** Công dân. */
    PERSON,
    /** Khu dân cư: thôn, xóm, khu phố. */
    RESIDENTIAL_AREA,
    /** Xã (or xã and phường together). */
    COMMUNE,
    /** Phường. */
    WARD,
    /** Cơ quan, đơn vị. */
    AGENCY,
    /** Cơ quan, đơn vị, trường học. */
    AGENCY_OR_SCHOOL,
    /** Doanh nghiệp. */
    ENTERPRISE,
    /** Điểm công cộng. */
    PUBLIC_PLACE,
    /** Tuyến đường. */
    STREET
}
