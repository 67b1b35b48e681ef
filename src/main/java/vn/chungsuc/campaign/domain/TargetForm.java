package vn.chungsuc.campaign.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import vn.chungsuc.campaign.Goal;
import vn.chungsuc.campaign.GoalKind;
import vn.chungsuc.campaign.Population;
import vn.chungsuc.campaign.Subject;
import vn.chungsuc.campaign.TargetGroup;
import vn.chungsuc.campaign.TargetView;

/**
 * What a Front officer types to record a target. Numbers are taken as text and checked by pattern, so that a typo
 * comes back with a message and the rest of the form as typed; "82,5" and "82.5" are both read as 82.5.
 */
public record TargetForm(
        @NotBlank(message = "{campaign.target.code.required}")
        @Pattern(regexp = "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$", message = "{campaign.target.code.pattern}")
        @Size(max = 20, message = "{campaign.target.code.pattern}") String code,
        @NotNull(message = "{campaign.target.group.required}") TargetGroup group,
        @NotBlank(message = "{campaign.target.label.required}")
        @Size(max = 1000, message = "{campaign.target.label.size}") String label,
        @NotBlank(message = "{campaign.target.shortLabel.required}")
        @Size(max = 200, message = "{campaign.target.shortLabel.size}") String shortLabel,
        @NotNull(message = "{campaign.target.subject.required}") Subject subject,
        @NotNull(message = "{campaign.target.population.required}") Population population,
        @NotNull(message = "{campaign.target.kind.required}") GoalKind kind,
        @NotBlank(message = "{campaign.target.value.required}")
        @Pattern(regexp = "^\\s*\\d{1,9}([.,]\\d{1,4})?\\s*$", message = "{campaign.target.value.pattern}") String value,
        @Pattern(regexp = "^\\s*(\\d{1,9})?\\s*$", message = "{campaign.target.outOf.pattern}") String outOf,
        Boolean strict,
        @NotBlank(message = "{campaign.target.deadline.required}")
        @Pattern(regexp = "^\\s*(19|20|21)\\d\\d\\s*$", message = "{campaign.programme.year.range}") String deadlineYear,
        @Size(max = 60, message = "{campaign.target.indicator.size}") String indicatorCode,
        @Pattern(regexp = "^\\s*([1-9]|1\\d|20)?\\s*$", message = "{campaign.target.content.range}") String contentNumber,
        @Size(max = 1000, message = "{campaign.target.legalBasis.size}") String legalBasis) {

    public static TargetForm empty(int deadlineYear) {
        return new TargetForm("", TargetGroup.GENERAL, "", "", Subject.HOUSEHOLD, Population.WHOLE, GoalKind.SHARE,
                "", "", false, String.valueOf(deadlineYear), "", "", "");
    }

    public static TargetForm of(TargetView t) {
        return new TargetForm(t.code(), t.group(), t.label(), t.shortLabel(), t.subject(), t.population(),
                t.goal().kind(), t.goal().value().toPlainString(),
                t.goal().outOf() == null ? "" : String.valueOf(t.goal().outOf()), t.goal().strict(),
                String.valueOf(t.deadlineYear()), t.indicatorCode() == null ? "" : t.indicatorCode(),
                t.contentNumber() == null ? "" : String.valueOf(t.contentNumber()),
                t.legalBasis() == null ? "" : t.legalBasis());
    }

    public boolean over() {
        return Boolean.TRUE.equals(strict);
    }

    /** The value typed, or null when it is not a number. */
    public BigDecimal goalValue() {
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The whole typed, or null when none (or not a number). */
    public Integer whole() {
        try {
            return outOf == null || outOf.isBlank() ? null : Integer.valueOf(outOf.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Goal goal() {
        return new Goal(kind, goalValue(), kind == GoalKind.COUNT ? whole() : null, kind == GoalKind.SHARE && over());
    }

    public TargetView toView(long id, long programmeId, int seq) {
        return new TargetView(id, programmeId, code.strip().toUpperCase(), seq, group, label.strip(),
                shortLabel.strip(), subject, population, goal(), Integer.parseInt(deadlineYear.strip()),
                blankToNull(indicatorCode),
                contentNumber == null || contentNumber.isBlank() ? null : Integer.valueOf(contentNumber.strip()),
                blankToNull(legalBasis));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
