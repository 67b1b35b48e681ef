package vn.chungsuc.feedback.supervision;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.shared.problem.Refused;

/**
 * What the supervision's, the boards' and the mediation's pages share: a form's write with its redirect or, refused,
 * its status and its reasons in the user's language, and the one confirmation page every deletion asks first
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

    /**
     * A form's write, post/redirect/get: once saved, the notice ({@code doneKey}) and a redirect to the record's
     * page; when refused, the status and the form again ({@code again}) with the reasons, nothing saved.
     */
    public String save(LongSupplier write, String doneKey, LongFunction<String> page, RedirectAttributes redirect,
            HttpStatus refused, HttpServletResponse response, Function<List<String>, String> again) {
        long id;
        try {
            id = write.getAsLong();
        } catch (Refused e) {
            return again.apply(refuse(e, refused, response));
        }
        redirect.addFlashAttribute("done", doneKey);
        return "redirect:" + page.apply(id);
    }

    /** Refuses with every reason at once when there is any (what a write checks before it stores anything). */
    public static void refuseIfAny(List<Refused.Reason> wrong) {
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
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
