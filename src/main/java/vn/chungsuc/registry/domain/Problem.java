package vn.chungsuc.registry.domain;

import java.util.List;

/** A broken rule: the message key (registry.properties) and its arguments, resolved to a text by the caller. */
public record Problem(String key, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
