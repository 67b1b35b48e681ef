package vn.chungsuc.territory;

/** What happened to units on a date (sáp nhập, chia tách, đổi tên, điều chỉnh địa giới, thành lập, giải thể). */
public enum LineageKind {
    MERGE,
    SPLIT,
    RENAME,
    MOVE,
    ESTABLISH,
    DISSOLVE
}
