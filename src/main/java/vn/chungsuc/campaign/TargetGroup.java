package vn.chungsuc.campaign;

/** The heading a target stands under in section III of the programme. */
public enum TargetGroup {
    /** "Về xây dựng nông thôn mới". */
    NEW_RURAL,
    /** "Về xây dựng đô thị văn minh". */
    CIVILISED_URBAN,
    /** Targets of a programme that does not split them. */
    GENERAL
}
