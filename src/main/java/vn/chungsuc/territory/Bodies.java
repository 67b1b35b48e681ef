package vn.chungsuc.territory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The bodies each unit has on a date: departments and offices, the Front committee and its member organisations. */
public interface Bodies {

    /** The unit's bodies valid on the date, government first, then the Front, by name. */
    List<Body> of(String unitCode, LocalDate on);

    /** The body with this code, whatever the date. */
    Optional<Body> find(String code);

    /** Adds a body; refused (with the field at fault) for an unknown unit, a taken code, or dates out of order. */
    Body add(NewBody body);

    /** Ends a body: its last day is the day before {@code endOn}; refused when it ended already or began later. */
    Body end(String code, LocalDate endOn);
}
