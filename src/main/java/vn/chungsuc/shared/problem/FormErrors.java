package vn.chungsuc.shared.problem;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

/** Puts the reasons of a refusal beside the form's fields, or on the form as a whole when it has no such field. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void bind(Refused refused, BindingResult errors, MessageSource messages, Locale locale) {
        for (Refused.Reason r : refused.reasons()) {
            String text = r.text(messages, locale);
            if (r.field() == null || r.field().isBlank()) {
                errors.reject(r.key(), r.argArray(), text);
                continue;
            }
            try {
                errors.rejectValue(r.field(), r.key(), r.argArray(), text);
            } catch (RuntimeException notAField) {
                errors.reject(r.key(), r.argArray(), text);
            }
        }
    }
}
