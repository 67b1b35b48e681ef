package vn.chungsuc.shared.problem;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.chungsuc.shared.time.Dates;

/**
 * A command refused for reasons the user can put right; nothing was changed. Each reason names the field at fault
 * (or none, for the command as a whole) and a message key with its arguments, so that it reads in the request's
 * language. The JSON API answers it as one ProblemDetail shape ({@code errors: [{field, message}]},
 * {@code shared.web.ApiProblems}); a form puts each reason beside its field ({@link FormErrors}). Modules refuse
 * with this class or a subclass of their own.
 */
public class Refused extends RuntimeException {

    /** One broken rule: the field (null for the whole command), the message key and its arguments. */
    public record Reason(String field, String key, List<Object> args) {

        public Reason {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("a reason needs a message key");
            }
            // A date argument is shown dd/mm/yyyy, never ISO, in every refusal (issue 13 item 15).
            args = args == null ? List.of() : List.copyOf(args.stream()
                    .map(a -> a == null ? "" : a instanceof LocalDate d ? Dates.show(d) : a)
                    .toList());
        }

        public static Reason of(String field, String key, Object... args) {
            return new Reason(field, key, Arrays.asList(args));
        }

        public Object[] argArray() {
            return args.toArray();
        }

        /** The reason in the language of the locale; the key itself when the bundles lack it. */
        public String text(MessageSource messages, Locale locale) {
            return messages.getMessage(key, argArray(), key, locale);
        }
    }

    private final transient List<Reason> reasons;

    public Refused(String field, String key, Object... args) {
        this(List.of(Reason.of(field, key, args)));
    }

    public Refused(List<Reason> reasons) {
        super(describe(reasons));
        if (reasons == null || reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        this.reasons = List.copyOf(reasons);
    }

    private static String describe(List<Reason> reasons) {
        return reasons == null ? "refused" : "refused: " + reasons.stream()
                .map(r -> (r.field() == null ? "" : r.field() + ": ") + r.key()).toList();
    }

    public List<Reason> reasons() {
        return reasons;
    }

    /** The first reason's field, key and arguments: what a page shows when it has room for one. */
    public String field() {
        return reasons.get(0).field();
    }

    public String key() {
        return reasons.get(0).key();
    }

    public Object[] args() {
        return reasons.get(0).argArray();
    }

    /**
     * The HTTP status of the refusal: 400 for input that breaks a rule; a subclass answers 409 when the request is
     * well formed but the state of things forbids it (a unit that still has units under it).
     */
    public int status() {
        return 400;
    }

    /** All reasons in the language of the locale, joined for a one-line notice. */
    public String text(MessageSource messages, Locale locale) {
        return String.join("; ", reasons.stream().map(r -> r.text(messages, locale)).toList());
    }
}
