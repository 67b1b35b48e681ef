package vn.chungsuc.shared.text;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts {@link Text}s into the request's language; templates call it as {@code ${@texts.of(reason)}}.
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

    public List<String> of(List<Text> texts) {
        return texts.stream().map(this::of).toList();
    }
}
