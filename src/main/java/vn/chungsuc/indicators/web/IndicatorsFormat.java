package vn.chungsuc.indicators.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.chungsuc.campaign.Goal;
import vn.chungsuc.campaign.GoalKind;
import vn.chungsuc.campaign.TargetView;
import vn.chungsuc.indicators.domain.Fraction;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.indicators.domain.ProgressBoard;
import vn.chungsuc.indicators.domain.TargetStatus;

/**
 * Formats for the indicator pages ({@code ${@ind.value(t, v)}}): shares as "82,4%", counts as "46/54", numbers with
 * Vietnamese grouping, periods as "Năm 2020" or "6 tháng đầu năm 2020", and chart data for data-* attributes.
 */
@Component("ind")
public class IndicatorsFormat {

    private final MessageSource messages;

    IndicatorsFormat(MessageSource messages) {
        this.messages = messages;
    }

    /** The value of a target: a share in percent, or a count (over its whole when known). */
    public String value(TargetView target, Fraction value) {
        if (value == null) {
            return "—";
        }
        if (target.goal().kind() == GoalKind.COUNT) {
            return value.denominator() > 0 ? number(value.numerator()) + "/" + number(value.denominator())
                    : number(value.numerator());
        }
        BigDecimal measure = target.goal().measure(value.numerator(), value.denominator());
        return measure == null ? "—" : decimal(measure, 1) + "%";
    }

    /** Numerator and denominator: "2.345/2.846". */
    public String fraction(Fraction value) {
        if (value == null) {
            return "";
        }
        return value.denominator() > 0 ? number(value.numerator()) + "/" + number(value.denominator())
                : number(value.numerator());
    }

    public String goal(Goal goal) {
        return goal == null ? "—" : goal.text(LocaleContextHolder.getLocale());
    }

    /**
     * Why a count's goal is judged out of another whole than the programme wrote (47/48 khu phố of 2017, 54 after
     * the mergers, so 53/54 are needed), in one line; empty when the whole is the one written.
     */
    public String rescaled(Goal goal, Fraction value, int programmeFrom) {
        if (goal == null || goal.kind() != GoalKind.COUNT || goal.outOf() == null || value == null
                || value.denominator() <= 0 || value.denominator() == goal.outOf()) {
            return "";
        }
        return messages.getMessage("indicators.goal.rescaled", new Object[] {goal.text(LocaleContextHolder
                .getLocale()), String.valueOf(programmeFrom), number(value.denominator()),
                decimal(goal.required(value.denominator()), 0)}, LocaleContextHolder.getLocale());
    }

    /** Where a steady path would stand (for a count, a whole number rounded up). */
    public String expected(TargetView target, BigDecimal expected) {
        if (expected == null) {
            return "";
        }
        return target.goal().kind() == GoalKind.COUNT ? decimal(expected.setScale(0, RoundingMode.CEILING), 0)
                : decimal(expected, 1) + "%";
    }

    public String number(long n) {
        return decimal(BigDecimal.valueOf(n), 0);
    }

    public String decimal(BigDecimal n, int digits) {
        Locale locale = LocaleContextHolder.getLocale();
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "#".repeat(digits),
                DecimalFormatSymbols.getInstance("en".equals(locale.getLanguage()) ? Locale.ENGLISH
                        : Locale.forLanguageTag("vi")));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(n);
    }

    public String period(Period period) {
        return messages.getMessage(period.firstHalf() ? "indicators.period.firstHalf" : "indicators.period.year",
                new Object[] {String.valueOf(period.year())}, LocaleContextHolder.getLocale());
    }

    public String status(TargetStatus status) {
        return messages.getMessage("indicators.status." + status.name(), null, LocaleContextHolder.getLocale());
    }

    /** Bootstrap classes of a status badge (colour is never the only cue: the badge carries its word). */
    public String statusClass(TargetStatus status) {
        return switch (status) {
            case ACHIEVED -> "text-bg-success";
            case ON_TRACK -> "text-bg-primary";
            case AT_RISK -> "text-bg-warning";
            case OFF_TRACK, NOT_MET -> "text-bg-danger";
            default -> "text-bg-light border";
        };
    }

    /** Width in percent of a progress bar: how far the value is towards the goal, capped at 100. */
    public int bar(TargetView target, Goal goal, BigDecimal measure, Fraction value) {
        if (measure == null || value == null) {
            return 0;
        }
        Goal g = goal == null ? target.goal() : goal;
        BigDecimal required = g.required(value.denominator());
        if (g.kind() == GoalKind.CEILING) {
            return measure.signum() == 0 ? 100 : Math.min(100, required.multiply(BigDecimal.valueOf(100))
                    .divide(measure, 0, RoundingMode.HALF_UP).intValue());
        }
        if (required.signum() == 0) {
            return 100;
        }
        return Math.min(100, measure.multiply(BigDecimal.valueOf(100)).divide(required, 0, RoundingMode.HALF_UP)
                .intValue());
    }

    /** The years of a trend as JSON for a chart: ["2017","2018"]. */
    public String labels(List<Period> periods) {
        return periods.stream().map(p -> "\"" + (p.firstHalf() ? p.year() + "-H1" : String.valueOf(p.year())) + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** The measures of a trend as JSON for a chart, null where no value: [61.2,null,75]. */
    public String series(List<ProgressBoard.Point> points) {
        return points.stream().map(p -> p.measure() == null ? "null"
                        : p.measure().setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** Breakdown values as JSON for a bar chart. */
    public String cellSeries(List<ProgressBoard.Cell> cells) {
        return cells.stream().map(c -> c.measure() == null ? "null"
                        : c.measure().setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(",", "[", "]"));
    }

    public String cellLabels(List<ProgressBoard.Cell> cells) {
        return cells.stream().map(c -> "\"" + c.unit().fullName().replace("\"", "'") + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** The goal's level as a number for a chart line, or empty. */
    public String goalLine(TargetView target, Fraction value) {
        BigDecimal required = target.goal().required(value == null ? 0 : value.denominator());
        return required.stripTrailingZeros().toPlainString();
    }
}
