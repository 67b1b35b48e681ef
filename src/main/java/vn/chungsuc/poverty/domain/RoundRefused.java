package vn.chungsuc.poverty.domain;

import vn.chungsuc.shared.problem.Refused;

/** A step of a round refused, with the message key and arguments that say why; nothing was changed. */
public class RoundRefused extends Refused {

    public RoundRefused(String key, Object... args) {
        super(null, key, args);
    }
}
