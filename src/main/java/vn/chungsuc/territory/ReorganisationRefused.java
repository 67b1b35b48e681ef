package vn.chungsuc.territory;

import java.util.List;

/**
 * A change to the tree that cannot be made as asked (a source that does not exist on the date, a code already
 * taken, a unit that still has units under it). Carries a message key of the territory bundle and its arguments.
 */
public class ReorganisationRefused extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    public ReorganisationRefused(String messageKey, Object... args) {
        super(messageKey + " " + List.of(args));
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
