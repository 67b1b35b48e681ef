package vn.chungsuc.shared.web;

import java.util.regex.Pattern;

/**
 * Links a user may store for others to follow (an indicator's records link): only relative paths inside the
 * application ("/registry/households?unit={unit}"), never another site ("https://evil.example/", "//evil.example",
 * "/\evil.example"), a script ("javascript:") or anything with spaces or control characters.
 */
public final class LocalLinks {

    /** A path from the application's root, with an optional query; {@code {unit}}-style placeholders allowed. */
    private static final Pattern LOCAL = Pattern.compile("^/(?![/\\\\])[A-Za-z0-9\\-._~/%{}]*(\\?[A-Za-z0-9\\-._~%{}=&+,:/]*)?$");

    public static final int MAX_LENGTH = 500;

    private LocalLinks() {
    }

    public static boolean local(String link) {
        return link != null && link.length() <= MAX_LENGTH && LOCAL.matcher(link).matches();
    }
}
