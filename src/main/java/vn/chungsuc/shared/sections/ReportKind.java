package vn.chungsuc.shared.sections;

import vn.chungsuc.shared.time.Period;

/**
 * The official documents a {@link ReportSection} may serve: the 6-month report (báo cáo 6 tháng đầu năm), the yearly
 * report (báo cáo năm) and a review of several years (báo cáo sơ kết, tổng kết), the periodic checks a coordination
 * programme orders ("định kỳ 6 tháng và một năm", sơ kết and tổng kết: Bỉm Sơn 1995/CTrPH, IV.3 and V).
 */
public enum ReportKind {
    SIX_MONTH, YEAR, REVIEW;

    /** The kind of document a period is reported in: a half-year's, a year's, a span's review. */
    public static ReportKind of(Period period) {
        return switch (period.kind()) {
            case HALF_YEAR -> SIX_MONTH;
            case YEAR -> YEAR;
            case SPAN -> REVIEW;
        };
    }
}
