package vn.chungsuc.territory;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One version of a unit: what it was called, what it was and where it sat during [validFrom, validTo).
 *
 * @param name the name without its type ("Ba Đình")
 * @param parentCode null for the country
 * @param path codes from the country down to the unit: {@code /VN/38/381/14812/}
 * @param validTo exclusive; null while the version is still valid
 * @param formerCommune set by {@link TerritoryApi} only for a residential area that shares its name and type with
 *     another area under the same parent (on the date asked for, or during the version for a unit's history): the
 *     short name of the commune it came from ("Ba Đình"), which {@link #fullName()} adds; null otherwise
 */
public record UnitView(String code, String name, UnitType type, String parentCode, String path, LocalDate validFrom,
        LocalDate validTo, @JsonInclude(JsonInclude.Include.NON_NULL) String formerCommune) {

    public UnitView(String code, String name, UnitType type, String parentCode, String path, LocalDate validFrom,
            LocalDate validTo) {
        this(code, name, type, parentCode, path, validFrom, validTo, null);
    }

    /**
     * The name shown everywhere (lists, dropdowns, certificates, PDFs): the name with its type, "Phường Ba Đình",
     * and for a residential area that shares it with a neighbour after a merger, its former commune: "Khu phố 1 (Ba
     * Đình cũ)".
     */
    public String fullName() {
        return type.fullName(name, formerCommune);
    }

    /** The name with its type alone ("Khu phố 1"), without the former commune, as the unit is recorded. */
    public String typedName() {
        return type.fullName(name);
    }

    /** The same version naming the commune it came from (null: none). */
    public UnitView withFormerCommune(String commune) {
        return new UnitView(code, name, type, parentCode, path, validFrom, validTo, commune);
    }

    public UnitLevel level() {
        return type.level();
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    /** The codes of the path, the country first and this unit last. */
    public List<String> pathCodes() {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    public UnitRef ref() {
        return new UnitRef(code, name, fullName());
    }
}
