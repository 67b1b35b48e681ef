package vn.chungsuc.recognition.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.problem.Refused;

/** The recognition pages' notices in the request's language: a message key with its arguments, or a refusal. */
@Component("recognitionTexts")
class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    String of(Refused refused) {
        return refused.text(messages, LocaleContextHolder.getLocale());
    }
}
