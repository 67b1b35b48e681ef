package vn.chungsuc.territory.web;

import vn.chungsuc.shared.problem.Refused;

/**
 * An API request that cannot be understood (both or neither merge target given, a catalogue import without its
 * date); answered with 400 and the message of the key.
 */
class BadRequest extends Refused {

    BadRequest(String messageKey) {
        super(null, messageKey);
    }

    String messageKey() {
        return key();
    }
}
