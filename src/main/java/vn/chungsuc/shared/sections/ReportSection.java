package vn.chungsuc.shared.sections;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.chungsuc.shared.time.Period;

/**
 * Implemented by each feature module that contributes a section to the official documents (báo cáo 6 tháng, năm,
 * sơ kết, tổng kết) of a unit: the indicators their targets against the goals, poverty the year's lists, recognition
 * the titles of the year. The reports know no feature module: they ask {@link ReportSections} for the sections of a
 * unit, period and kind and render the blocks.
 */
public interface ReportSection {

    /** Stable identifier, prefixed by the module: {@code indicators.targets}. */
    String key();

    /** Message key of the section's heading. */
    String titleKey();

    /** Position in the document, smaller first. */
    int order();

    /** The documents the section belongs in. */
    Set<ReportKind> kinds();

    /**
     * The section's content for the unit (its units as on the period's last day, by the unit tree of that date) and
     * the period, texts in the locale; empty when the module has nothing to say for them (a unit that did not exist
     * then, a period before its records).
     */
    List<ReportBlock> blocks(String unitCode, Period period, Locale locale);
}
