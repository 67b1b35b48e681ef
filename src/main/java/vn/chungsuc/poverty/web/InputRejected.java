package vn.chungsuc.poverty.web;

/** A request the poverty API refuses: the field at fault and the message key (with its arguments) saying why. */
class InputRejected extends RuntimeException {

    private final String field;
    private final String key;
    private final transient Object[] args;

    InputRejected(String field, String key, Object... args) {
        super(field + ": " + key);
        this.field = field;
        this.key = key;
        this.args = args;
    }

    String field() {
        return field;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args;
    }
}
