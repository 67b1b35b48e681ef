package vn.chungsuc.registry;

import java.time.LocalDate;
import java.util.Set;

/**
 * An import changed many households at once (one event rather than one per household): listeners recount the
 * areas named.
 */
public record HouseholdsImported(String importId, Set<String> areaCodes, int householdsAdded, int householdsUpdated,
        int personsAdded, int personsUpdated, LocalDate on) {
}
