package vn.chungsuc.shared.sections;

/**
 * The parameters a public page may take: a unit code and a year ({@code ?unit=14812&year=2020}); null when absent.
 * The portal binds them (a year that is not a number is a 400); a section checks them against what it covers.
 */
public record PublicQuery(String unit, Integer year) {

    public static final PublicQuery NONE = new PublicQuery(null, null);

    public PublicQuery {
        unit = unit == null || unit.isBlank() ? null : unit.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
