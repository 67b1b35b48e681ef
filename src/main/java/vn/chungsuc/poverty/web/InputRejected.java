package vn.chungsuc.poverty.web;

import vn.chungsuc.shared.problem.Refused;

/** A request the poverty API refuses: the field at fault and the message key (with its arguments) saying why. */
class InputRejected extends Refused {

    InputRejected(String field, String key, Object... args) {
        super(field, key, args);
    }
}
