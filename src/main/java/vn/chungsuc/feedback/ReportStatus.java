package vn.chungsuc.feedback;

/**
 * Where a report stands. Open311 GeoReport v2 knows only {@code open} and {@code closed}: {@link #open()} says
 * which, the detailed state going into {@code status_notes}. An answered report is closed for Open311 (the body has
 * answered) while its reporter may still confirm it or reopen it.
 */
public enum ReportStatus {
    /** Tiếp nhận: no body found for it yet. */
    RECEIVED(true),
    /** Đã chuyển cơ quan xử lý. */
    ASSIGNED(true),
    /** Đang xử lý. */
    IN_PROGRESS(true),
    /** Đã trả lời: waits for the reporter's confirmation. */
    ANSWERED(false),
    /** Đã giải quyết: the reporter accepted the answer. */
    RESOLVED(false),
    /** Trùng với một phản ánh khác. */
    DUPLICATE(false),
    /** Không thuộc thẩm quyền: sent to a body outside the system. */
    FORWARDED(false),
    /** Từ chối, with the reason. */
    REJECTED(false),
    /** Người phản ánh chưa đồng ý với câu trả lời: handled again. */
    REOPENED(true);

    private final boolean open;

    ReportStatus(boolean open) {
        this.open = open;
    }

    public boolean open() {
        return open;
    }

    /** Whether the body still owes an answer. */
    public boolean awaitingAnswer() {
        return this == RECEIVED || this == ASSIGNED || this == IN_PROGRESS || this == REOPENED;
    }
}
