package vn.chungsuc.poverty.domain;

import java.util.List;

/** A step of a round refused, with the message key and arguments that say why; nothing was changed. */
public class RoundRefused extends RuntimeException {

    private final String key;
    private final transient List<Object> args;

    public RoundRefused(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
