package vn.chungsuc.shared.scope;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Looks up a unit by code without depending on the territory module (which implements it): lets access validate
 * the unit codes of a user's scope and show their names.
 */
public interface UnitDirectory {

    /** The unit's name with its type ("Phường Ba Đình") as of the date, or empty when no such unit then. */
    Optional<String> displayName(String code, LocalDate asOf);

    /** The unit's name with its type in its latest version, whatever the date; empty when the code is unknown. */
    Optional<String> latestDisplayName(String code);

    /**
     * The unit's materialised path ({@code /VN/38/381/}) on the date or, when it did not exist then, in its latest
     * version before or after; empty when the code is unknown. Permission checks place a unit with it.
     */
    Optional<String> path(String code, LocalDate asOf);
}
