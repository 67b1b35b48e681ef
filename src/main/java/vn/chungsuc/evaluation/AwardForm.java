package vn.chungsuc.evaluation;

/** The form of an award (Luật Thi đua, khen thưởng 2022). */
public enum AwardForm {
    GIAY_KHEN,
    BANG_KHEN,
    CO_THI_DUA,
    /** Danh hiệu thi đua: Lao động tiên tiến, Chiến sĩ thi đua, Gia đình văn hóa… */
    DANH_HIEU
}
