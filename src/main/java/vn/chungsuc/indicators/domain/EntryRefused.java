package vn.chungsuc.indicators.domain;

/** An entry command that cannot be carried out, with the message key that says why. */
public class EntryRefused extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public EntryRefused(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }
}
