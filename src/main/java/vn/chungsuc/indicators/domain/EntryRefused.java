package vn.chungsuc.indicators.domain;

import vn.chungsuc.shared.problem.Refused;

/** An entry command that cannot be carried out, with the message key that says why. */
public class EntryRefused extends Refused {

    public EntryRefused(String key, Object... args) {
        super(null, key, args);
    }
}
