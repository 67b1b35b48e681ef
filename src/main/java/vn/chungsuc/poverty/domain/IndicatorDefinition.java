package vn.chungsuc.poverty.domain;

/**
 * A deprivation indicator as one standard defines it.
 *
 * @param bit its bit in a survey's deprivation mask (the same for every standard having the indicator)
 * @param deprivedWhen the condition under which a household is deprived, as the standard words it
 * @param confirmed false while the condition has not been checked against the legal text (editable data)
 */
public record IndicatorDefinition(String code, int bit, int position, String dimension, String name,
        String deprivedWhen, boolean confirmed) {
}
