package vn.chungsuc.shared;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import vn.chungsuc.shared.text.AmountInWords;

/** An amount in whole đồng (VND has no minor unit in use). Shown as {@code 1.234.567 đ}. */
public record Money(long dong) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money of(long dong) {
        return new Money(dong);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(dong, other.dong));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(dong, other.dong));
    }

    public boolean isNegative() {
        return dong < 0;
    }

    /** "1.234.567 đ". */
    public String format() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        return new DecimalFormat("#,##0", symbols).format(dong) + " đ";
    }

    /** "Một triệu không trăm linh năm nghìn đồng". */
    public String inWords() {
        return AmountInWords.dong(dong);
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(dong, o.dong);
    }

    @Override
    public String toString() {
        return format();
    }
}
