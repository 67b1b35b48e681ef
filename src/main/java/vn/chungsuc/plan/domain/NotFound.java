package vn.chungsuc.plan.domain;

import vn.chungsuc.shared.problem.Refused;

/** A programme or a task that does not exist: 404, in the refusal's shape. */
public class NotFound extends Refused {

    public NotFound(String field, String key, Object... args) {
        super(field, key, args);
    }

    @Override
    public int status() {
        return 404;
    }
}
