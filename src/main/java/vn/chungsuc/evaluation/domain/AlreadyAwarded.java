package vn.chungsuc.evaluation.domain;

import vn.chungsuc.shared.problem.Refused;

/** The achievement has its award already: 409, naming the earlier award's decision. */
public class AlreadyAwarded extends Refused {

    public AlreadyAwarded(Object... args) {
        super("achievement", "evaluation.award.repeated", args);
    }

    @Override
    public int status() {
        return 409;
    }
}
