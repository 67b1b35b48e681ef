package vn.chungsuc.shared.stats;

/**
 * A count that a feature module keeps and the indicators count over: households, cultural families, poor
 * households, residential areas recognised as cultural, agencies meeting the standard…
 *
 * @param code stable identifier, prefixed by the owning module: {@code registry.households},
 *     {@code recognition.cultural-families}
 * @param labelKey message key of its name
 * @param subject what is counted: HOUSEHOLD, PERSON, RESIDENTIAL_AREA, COMMUNE, WARD, AGENCY, SCHOOL, ENTERPRISE,
 *     PUBLIC_PLACE, STREET
 * @param yearly true when the count belongs to a year (a title awarded for 2019) rather than to a date
 */
public record Metric(String code, String labelKey, String subject, boolean yearly) {
}
