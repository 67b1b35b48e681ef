package vn.chungsuc.territory;

import java.time.LocalDate;
import java.util.List;

/** Units were merged into {@code into} on a date; records of the sources map to it from then on. */
public record UnitsMerged(long eventId, List<String> sources, String into, LocalDate effectiveOn)
        implements UnitsChanged {

    @Override
    public LocalDate changedFrom() {
        return effectiveOn;
    }
}
