package vn.chungsuc.shared.permission;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Looks up bodies without depending on the territory module (which implements it), so that access can tie a user
 * to a body and grant the body's functions.
 */
public interface BodyDirectory {

    /** The body with this code, whatever the date; empty when the code is unknown. */
    Optional<BodyRef> body(String code);

    /** Every body valid on the date, by unit and name. */
    List<BodyRef> validOn(LocalDate date);

    /** Every body, those still valid first, then by unit and name (for a picker: a user may keep an ended body). */
    List<BodyRef> all();
}
