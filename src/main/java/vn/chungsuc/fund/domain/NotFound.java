package vn.chungsuc.fund.domain;

import vn.chungsuc.shared.problem.Refused;

/** A fund, donation or entry that does not exist or lies outside the user's units: 404, in the refusal's shape. */
public class NotFound extends Refused {

    public NotFound(String field, String key, Object... args) {
        super(field, key, args);
    }

    @Override
    public int status() {
        return 404;
    }
}
