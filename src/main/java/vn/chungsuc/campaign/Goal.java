package vn.chungsuc.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * The goal of a target as the programme writes it, and what it means for a measured numerator and denominator.
 *
 * <ul>
 * <li>A count ("47/48 khu phố", "85 cơ quan") is met when the numerator reaches the value. When the programme names
 * the whole it counts out of ({@code outOf}, the 48) and the number of things counted has since changed (xã Hà Lan's
 * six thôn became khu phố of phường Đông Sơn in 2019), the same proportion of today's whole is required:
 * 47/48 of 54 khu phố is 53.</li>
 * <li>A share ("75%") is met at or above the value, a strict share ("Trên 80%") only above it.</li>
 * <li>A ceiling ("giảm tỷ lệ hộ nghèo còn 1%") is met at or below the value.</li>
 * </ul>
 *
 * @param value the count, or the percentage for a share or a ceiling
 * @param outOf for a count, the whole it is counted out of when the programme names one; otherwise null
 * @param strict for a share, "over" rather than "at least"
 */
public record Goal(GoalKind kind, BigDecimal value, Integer outOf, boolean strict) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Goal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("A goal cannot be negative");
        }
        if (kind != GoalKind.COUNT && value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("A share cannot exceed 100%");
        }
        if (kind != GoalKind.COUNT && outOf != null) {
            throw new IllegalArgumentException("Only a count is out of a whole");
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    public static Goal count(long value, Integer outOf) {
        return new Goal(GoalKind.COUNT, BigDecimal.valueOf(value), outOf, false);
    }

    public static Goal share(String percent, boolean over) {
        return new Goal(GoalKind.SHARE, new BigDecimal(percent), null, over);
    }

    public static Goal ceiling(String percent) {
        return new Goal(GoalKind.CEILING, new BigDecimal(percent), null, false);
    }

    /** Whether a higher value is better (all goals but a ceiling). */
    public boolean higherIsBetter() {
        return kind != GoalKind.CEILING;
    }

    /**
     * What a numerator and denominator amount to against this goal: the count itself, or the share in percent (to
     * four decimals); null when a share has nothing to be a share of.
     */
    public BigDecimal measure(long numerator, long denominator) {
        if (kind == GoalKind.COUNT) {
            return BigDecimal.valueOf(numerator);
        }
        if (denominator <= 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }

    /** The level the measure must reach (or, for a ceiling, not exceed) when the whole counted is {@code denominator}. */
    public BigDecimal required(long denominator) {
        if (kind == GoalKind.COUNT && outOf != null && denominator > 0 && denominator != outOf) {
            return value.multiply(BigDecimal.valueOf(denominator))
                    .divide(BigDecimal.valueOf(outOf), 0, RoundingMode.CEILING);
        }
        return value;
    }

    /** Whether the goal is met; compared exactly, without rounding the share. */
    public boolean isMetBy(long numerator, long denominator) {
        if (kind == GoalKind.COUNT) {
            return BigDecimal.valueOf(numerator).compareTo(required(denominator)) >= 0;
        }
        if (denominator <= 0) {
            return false;
        }
        // numerator / denominator against value / 100, cross-multiplied.
        int c = BigDecimal.valueOf(numerator).multiply(HUNDRED).compareTo(value.multiply(BigDecimal.valueOf(denominator)));
        return switch (kind) {
            case SHARE -> strict ? c > 0 : c >= 0;
            case CEILING -> c <= 0;
            default -> throw new IllegalStateException();
        };
    }

    /** The goal as written: "47/48", "85", "75%", "Trên 80%" ("Over 80%"), "≤ 1%". */
    public String text(Locale locale) {
        boolean vietnamese = !"en".equals(locale.getLanguage());
        return switch (kind) {
            case COUNT -> outOf == null ? number(value, locale) : number(value, locale) + "/" + outOf;
            case SHARE -> (strict ? (vietnamese ? "Trên " : "Over ") : "") + number(value, locale) + "%";
            case CEILING -> "≤ " + number(value, locale) + "%";
        };
    }

    /** A number with the locale's decimal separator ("82,5" in Vietnamese), without trailing zeros. */
    public static String number(BigDecimal n, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi")));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(n);
    }
}
