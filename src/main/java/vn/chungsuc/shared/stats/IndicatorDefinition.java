package vn.chungsuc.shared.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

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

    /**
     * A module's definitions kept as data in a classpath file (UTF-8 properties, {@code <code>.name},
     * {@code .method} COMPUTED or ENTERED, {@code .entry-level} COMMUNE or RESIDENTIAL_AREA, {@code .numerator-label},
     * {@code .denominator-label}, {@code .denominator-required}, {@code .numerator-metric},
     * {@code .denominator-metric}, {@code .records-link}, {@code .description}), sorted by code.
     */
    public static List<IndicatorDefinition> read(String classpathResource) {
        Properties p = new Properties();
        try (InputStream in = IndicatorDefinition.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException("No indicator definitions at " + classpathResource);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(classpathResource, e);
        }
        return p.stringPropertyNames().stream()
                .map(key -> key.substring(0, key.indexOf('.')))
                .distinct().sorted()
                .map(code -> new IndicatorDefinition(code, required(p, code, "name"),
                        "COMPUTED".equals(required(p, code, "method")),
                        "RESIDENTIAL_AREA".equals(p.getProperty(code + ".entry-level", "COMMUNE")),
                        required(p, code, "numerator-label"), required(p, code, "denominator-label"),
                        Boolean.parseBoolean(p.getProperty(code + ".denominator-required", "true")),
                        p.getProperty(code + ".numerator-metric"), p.getProperty(code + ".denominator-metric"),
                        p.getProperty(code + ".records-link"), p.getProperty(code + ".description")))
                .toList();
    }

    private static String required(Properties p, String code, String field) {
        String value = p.getProperty(code + "." + field);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Indicator " + code + " has no " + field);
        }
        return value;
    }
}
