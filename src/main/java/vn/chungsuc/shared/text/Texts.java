package vn.chungsuc.shared.text;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.problem.Refused;

/**
 * Puts {@link Text}s, message keys and refusals into the request's language; templates call it as
 * {@code ${@texts.of(reason)}}, controllers for their notices.
 */
@Component("texts")
public class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Text text) {
        return text == null ? "" : text.in(messages, LocaleContextHolder.getLocale());
    }

    /** A message key with its arguments in the request's language; the key itself when no bundle has it. */
    public String get(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** A refusal's reasons in the request's language. */
    public String of(Refused refused) {
        return refused.text(messages, LocaleContextHolder.getLocale());
    }

    public List<String> of(List<Text> texts) {
        return texts.stream().map(this::of).toList();
    }
}
