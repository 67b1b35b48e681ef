package vn.chungsuc.reporting.domain;

import vn.chungsuc.shared.sections.ReportKind;
import vn.chungsuc.shared.time.Period;

/**
 * The reports Chung Sức drafts: the Front's 6-month and yearly report on the campaign, and a programme's reviews
 * after some years (sơ kết) and at its end (tổng kết), which the People's Committee and the Front sign together as
 * they signed the programme (Bỉm Sơn 1995/CTrPH-UBND-UB.MTTQ, IV.3 and V).
 */
public enum DocumentKind {
    SIX_MONTH(ReportKind.SIX_MONTH, false),
    YEARLY(ReportKind.YEAR, false),
    REVIEW(ReportKind.REVIEW, true),
    FINAL_REVIEW(ReportKind.REVIEW, true);

    public final ReportKind sections;
    public final boolean joint;

    DocumentKind(ReportKind sections, boolean joint) {
        this.sections = sections;
        this.joint = joint;
    }

    /** The period the report covers: the first half or the whole of {@code year}, or the years from {@code from}. */
    public Period period(int year, Integer from) {
        return switch (this) {
            case SIX_MONTH -> Period.firstHalf(year);
            case YEARLY -> Period.year(year);
            case REVIEW, FINAL_REVIEW -> new Period(Period.Kind.SPAN, from, year);
        };
    }
}
