package vn.chungsuc.territory;

import vn.chungsuc.shared.problem.Refused;

/**
 * A change to the tree that cannot be made as asked (a source that does not exist on the date, a code already
 * taken, a unit that still has units under it). Carries a message key of the territory bundle and its arguments; the
 * API answers it with 409, the request being well formed but the tree not allowing it.
 */
public class ReorganisationRefused extends Refused {

    public ReorganisationRefused(String messageKey, Object... args) {
        super(null, messageKey, args);
    }

    public String messageKey() {
        return key();
    }

    @Override
    public int status() {
        return 409;
    }
}
