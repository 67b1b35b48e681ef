package vn.chungsuc.recognition.domain;

/**
 * A title kind (danh hiệu). {@code yearsValid}: how many years one award counts (1: its year only; null: until
 * revoked); {@code metricCode}: the count published for the indicators, if any.
 */
public record Title(String code, String name, String subject, String metricCode, Integer yearsValid, int sort,
        String legalBasis, String note) {

    public static final String CULTURAL_FAMILY = "CULTURAL_FAMILY";
    public static final String CULTURAL_AREA = "CULTURAL_AREA";

    public boolean household() {
        return "HOUSEHOLD".equals(subject);
    }

    public boolean area() {
        return "RESIDENTIAL_AREA".equals(subject);
    }

    /** Communes and wards are recognised themselves (they count where they are). */
    public boolean commune() {
        return "COMMUNE".equals(subject) || "WARD".equals(subject);
    }
}
