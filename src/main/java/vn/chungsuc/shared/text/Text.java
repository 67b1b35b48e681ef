package vn.chungsuc.shared.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A sentence for the interface, not yet in a language: a message key and its arguments. Domain code that explains
 * itself (why a household is poor, why a step is refused) returns texts, and the page or the API puts them into the
 * request's language. An argument that is itself a {@code Text} is put into the same language first, so a sentence
 * can name a term ("chuẩn nghèo", "poverty line") that has its own key.
 */
public record Text(String key, List<Object> args) {

    public Text {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a text needs a message key");
        }
        args = args == null ? List.of() : List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /** The text in the locale's language; the key itself when no bundle has it. */
    public String in(MessageSource messages, Locale locale) {
        Object[] resolved = args.stream().map(a -> a instanceof Text t ? t.in(messages, locale) : a).toArray();
        return messages.getMessage(key, resolved, key, locale);
    }
}
