package vn.chungsuc.indicators.domain;

/** Where an entered value stands: đang nhập, đã gửi duyệt, đã duyệt, bị trả lại. */
public enum EntryStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED;

    /** Whether the unit's officers may change the values now. */
    public boolean editable() {
        return this != SUBMITTED;
    }
}
