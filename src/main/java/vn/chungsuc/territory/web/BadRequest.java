package vn.chungsuc.territory.web;

/**
 * An API request that cannot be understood (both or neither merge target given, a catalogue import without its
 * date); answered with 400 and the message of the key.
 */
class BadRequest extends RuntimeException {

    private final String messageKey;

    BadRequest(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
