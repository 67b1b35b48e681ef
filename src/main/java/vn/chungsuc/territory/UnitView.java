package vn.chungsuc.territory;

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
 */
public record UnitView(String code, String name, UnitType type, String parentCode, String path, LocalDate validFrom,
        LocalDate validTo) {

    /** The name with its type: "Phường Ba Đình". */
    public String fullName() {
        return type.fullName(name);
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
