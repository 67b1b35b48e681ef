package vn.chungsuc.poverty.domain;

/** Rural (nông thôn) or urban (thành thị): each standard has its own lines for both. */
public enum Area {
    RURAL,
    URBAN
}
