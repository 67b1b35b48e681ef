package vn.chungsuc.shared.stats;

/**
 * An indicator a feature module defines over the metrics it counts (through {@link IndicatorContribution}): the
 * indicators module stores it, and stores it again when the module changes it. A module contributes its own
 * indicators, so no indicators migration names another module's metrics.
 *
 * @param code stable identifier ({@code cultural-families}): lower case words joined by hyphens
 * @param computed true when counted from the metrics; false when officers enter the values (the metric codes then
 *     say where it will be counted from)
 * @param enteredAtResidentialArea true when entered per residential area, false per commune or ward
 * @param recordsLink where the records behind a number are listed; {@code {unit}} and {@code {asOf}} are replaced
 * @param description how it is counted and on which legal basis
 */
public record IndicatorDefinition(String code, String name, boolean computed, boolean enteredAtResidentialArea,
        String numeratorLabel, String denominatorLabel, boolean denominatorRequired, String numeratorMetric,
        String denominatorMetric, String recordsLink, String description) {

    public IndicatorDefinition {
        if (code == null || !code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("Indicator code must be lower-case words joined by hyphens: " + code);
        }
        if (computed && numeratorMetric == null) {
            throw new IllegalArgumentException("A computed indicator needs its numerator metric: " + code);
        }
    }
}
