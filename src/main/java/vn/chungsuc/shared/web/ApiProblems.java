package vn.chungsuc.shared.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.chungsuc.shared.problem.Refused;

/**
 * The one shape in which the JSON API refuses a request (RFC 9457 ProblemDetail): {@code title}, {@code detail}
 * (the first reason), and {@code errors: [{field, message}]} with every reason, all in the request's language.
 * Refusals of every module ({@link Refused} and its subclasses) and the framework's own complaints about a body or a
 * parameter it cannot read come out alike, so a client reads one shape whatever module answered. It runs before
 * Spring Boot's own ProblemDetail handler (order 0), whose English "Failed to convert…" would otherwise answer a
 * bad parameter; a module's advice that must answer first takes a higher precedence still.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(-1)
public class ApiProblems {

    private final MessageSource messages;

    public ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** A ProblemDetail of this shape for the given reasons (modules with a special refusal may call it). */
    public ProblemDetail problem(int status, String titleKey, List<Refused.Reason> reasons) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = new ArrayList<>();
        for (Refused.Reason r : reasons) {
            Map<String, String> e = new LinkedHashMap<>();
            e.put("field", r.field() == null ? "" : r.field());
            e.put("message", r.text(messages, locale));
            errors.add(e);
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status),
                errors.isEmpty() ? text(titleKey) : errors.get(0).get("message"));
        p.setTitle(text(titleKey));
        p.setProperty("errors", errors);
        if (!errors.isEmpty() && !errors.get(0).get("field").isEmpty()) {
            p.setProperty("field", errors.get(0).get("field"));
        }
        return p;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(Refused e) {
        return ResponseEntity.status(e.status()).body(problem(e.status(),
                e.status() == 409 ? "problem.title.conflict" : "problem.title.refused", e.reasons()));
    }

    /**
     * A body that is not JSON, or JSON of the wrong shape: the field at fault is named when Jackson knows it (a
     * control character in a string, a null inside a list, a text where a number goes), never Jackson's own words.
     */
    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(400, "problem.title.badRequest", List.of(unreadableReason(e)));
    }

    static Refused.Reason unreadableReason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException j) {
                String field = JsonInputGuards.path(j);
                if (field.isEmpty()) {
                    break;
                }
                if (j instanceof JsonInputGuards.ControlCharacter) {
                    return Refused.Reason.of(field, "problem.controlCharacter", field);
                }
                if (j instanceof tools.jackson.databind.exc.InvalidNullException) {
                    return Refused.Reason.of(field, "problem.nullItem", field);
                }
                if (j instanceof tools.jackson.databind.exc.MismatchedInputException) {
                    return Refused.Reason.of(field, "problem.invalidField", field);
                }
                break;
            }
        }
        return Refused.Reason.of(null, "problem.unreadable");
    }

    /** Names the parameter and says what it should look like: a date, a whole number, true or false. */
    @ExceptionHandler
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String key;
        if (type == LocalDate.class) {
            key = "problem.badDate";
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            key = "problem.badNumber";
        } else if (type == boolean.class || type == Boolean.class) {
            key = "problem.badBoolean";
        } else {
            key = "error.badParameter";
        }
        return problem(400, "problem.title.badRequest",
                List.of(Refused.Reason.of(e.getName(), key, e.getName(), String.valueOf(e.getValue()))));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ProblemDetail missing(Exception e) {
        String name = e instanceof MissingServletRequestPartException part ? part.getRequestPartName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        return problem(400, "problem.title.badRequest", List.of(Refused.Reason.of(name, "error.missingParameter",
                name)));
    }

    @ExceptionHandler
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        List<Refused.Reason> reasons = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Refused.Reason.of(f.getField(), "problem.invalidField", f.getField()))
                .distinct().toList();
        return problem(400, "problem.title.badRequest", reasons.isEmpty()
                ? List.of(Refused.Reason.of(null, "error.400")) : reasons);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
