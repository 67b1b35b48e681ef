package vn.chungsuc.indicators.domain;

/** A numerator over a denominator; figures add up by adding both. A denominator of 0 means none is known. */
public record Fraction(long numerator, long denominator) {

    public static final Fraction ZERO = new Fraction(0, 0);

    public Fraction plus(Fraction o) {
        return new Fraction(numerator + o.numerator, denominator + o.denominator);
    }

    public Fraction minus(Fraction o) {
        return new Fraction(numerator - o.numerator, denominator - o.denominator);
    }

    public boolean isZero() {
        return numerator == 0 && denominator == 0;
    }
}
