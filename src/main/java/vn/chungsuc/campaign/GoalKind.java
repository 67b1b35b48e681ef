package vn.chungsuc.campaign;

/** How a target's goal is written in the programme. */
public enum GoalKind {
    /** A number of things: "47/48 khu phố", "85 cơ quan, đơn vị". */
    COUNT,
    /** A share to reach or exceed: "75% hộ gia đình", "Trên 80%". */
    SHARE,
    /** A share not to exceed: "giảm tỷ lệ hộ nghèo còn 1%". */
    CEILING
}
