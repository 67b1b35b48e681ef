package vn.chungsuc.feedback.supervision;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.chungsuc.shared.problem.Refused;

/**
 * What the supervision's, the boards' and the mediation's pages share: a refused form answered with its status and
 * its reasons in the user's language, and the one confirmation page every deletion asks first
 * ({@code feedback/supervision/confirm-delete}).
 */
@Component
public class FormPages {

    static final String CONFIRM = "feedback/supervision/confirm-delete";

    private final MessageSource messages;

    FormPages(MessageSource messages) {
        this.messages = messages;
    }

    /** The reasons as the user reads them. */
    public List<String> texts(Refused e) {
        return e.reasons().stream().map(r -> r.text(messages, LocaleContextHolder.getLocale())).toList();
    }

    /** Answers with the status (400, 409, 422) and gives the reasons for the form shown again. */
    public List<String> refuse(Refused e, HttpStatus status, HttpServletResponse response) {
        response.setStatus(status.value());
        return texts(e);
    }

    /** The confirmation page's words and addresses: its heading, the question, where it posts, where "no" goes. */
    public record Confirm(String title, String text, String action, String back) {
    }

    /** The confirmation page before a deletion, the heading and the question from the message keys. */
    public String confirm(Model model, String titleKey, String textKey, Object[] args, String action, String back,
            List<String> errors) {
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("confirm", new Confirm(messages.getMessage(titleKey, null, locale),
                messages.getMessage(textKey, args, locale), action, back));
        model.addAttribute("errors", errors);
        return CONFIRM;
    }
}
