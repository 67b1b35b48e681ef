package vn.chungsuc.shared.sections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.time.Period;

/** The report sections every module contributes: what an official document of a unit and period contains. */
@Component
public class ReportSections {

    /** One contributed section, ready to render: its heading in the locale and its blocks. */
    public record Contribution(String key, String title, int order, List<ReportBlock> blocks) {
    }

    private final List<ReportSection> sections;
    private final MessageSource messages;

    public ReportSections(List<ReportSection> contributed, MessageSource messages) {
        if (contributed.stream().map(ReportSection::key).distinct().count() != contributed.size()) {
            throw new IllegalStateException("two report sections share a key");
        }
        this.sections = contributed.stream().sorted(Comparator.comparingInt(ReportSection::order)
                .thenComparing(ReportSection::key)).toList();
        this.messages = messages;
    }

    /** Every contributed section, in order. */
    public List<ReportSection> all() {
        return sections;
    }

    /** The sections of a document of the kind that the period is reported in ({@link ReportKind#of}). */
    public List<Contribution> forUnit(String unitCode, Period period, Locale locale) {
        return forUnit(unitCode, period, ReportKind.of(period), locale);
    }

    /**
     * The sections serving the kind of document, in order, with their content for the unit and period; a section
     * with nothing to say for them is left out.
     */
    public List<Contribution> forUnit(String unitCode, Period period, ReportKind kind, Locale locale) {
        List<Contribution> out = new ArrayList<>();
        for (ReportSection s : sections) {
            if (!s.kinds().contains(kind)) {
                continue;
            }
            List<ReportBlock> blocks = s.blocks(unitCode, period, locale);
            if (!blocks.isEmpty()) {
                out.add(new Contribution(s.key(), messages.getMessage(s.titleKey(), null, s.titleKey(), locale),
                        s.order(), List.copyOf(blocks)));
            }
        }
        return out;
    }
}
