package vn.chungsuc.reporting.domain;

import vn.chungsuc.shared.sections.ReportKind;
import vn.chungsuc.shared.time.Period;

/**
 * The reports Chung Sức drafts: the Front's 6-month and yearly report on the campaign, a programme's reviews after
 * some years (sơ kết) and at its end (tổng kết), which the People's Committee and the Front sign together as they
 * signed the programme (Bỉm Sơn 1995/CTrPH-UBND-UB.MTTQ, IV.3 and V); the Front's report on a year's poverty review
 * rounds (QĐ 24/2021/QĐ-TTg Điều 4: the Front takes part in and supervises the review) and the yearly report of the
 * Fund for the Poor, which the Front's standing board runs (QĐ 1198/QĐ-MTTW-ĐCT). The last two take only the
 * sections of one module, found by the prefix of their keys ({@code poverty.}, {@code fund.}).
 */
public enum DocumentKind {
    SIX_MONTH(ReportKind.SIX_MONTH, false, null),
    YEARLY(ReportKind.YEAR, false, null),
    REVIEW(ReportKind.REVIEW, true, null),
    FINAL_REVIEW(ReportKind.REVIEW, true, null),
    POVERTY_REVIEW(ReportKind.YEAR, false, "poverty."),
    FUND_YEARLY(ReportKind.YEAR, false, "fund.");

    public final ReportKind sections;
    public final boolean joint;
    /** Only the sections whose key starts so; null: every section of the kind. */
    public final String sectionPrefix;

    DocumentKind(ReportKind sections, boolean joint, String sectionPrefix) {
        this.sections = sections;
        this.joint = joint;
        this.sectionPrefix = sectionPrefix;
    }

    /** Whether the report takes the section with this key. */
    public boolean takes(String sectionKey) {
        return sectionPrefix == null || sectionKey.startsWith(sectionPrefix);
    }

    /** The period the report covers: the first half or the whole of {@code year}, or the years from {@code from}. */
    public Period period(int year, Integer from) {
        return switch (this) {
            case SIX_MONTH -> Period.firstHalf(year);
            case YEARLY, POVERTY_REVIEW, FUND_YEARLY -> Period.year(year);
            case REVIEW, FINAL_REVIEW -> new Period(Period.Kind.SPAN, from, year);
        };
    }
}
