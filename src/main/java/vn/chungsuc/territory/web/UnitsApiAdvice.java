package vn.chungsuc.territory.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.chungsuc.shared.web.VnFormat;
import vn.chungsuc.territory.ImportRejected;
import vn.chungsuc.territory.ReorganisationRefused;

/** Problem bodies (RFC 9457) in the user's language for the units API. */
@RestControllerAdvice(assignableTypes = {UnitsApiController.class, UnitChangesApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnitsApiAdvice {

    private final Messages messages;
    private final VnFormat fmt;

    UnitsApiAdvice(Messages messages, VnFormat fmt) {
        this.messages = messages;
        this.fmt = fmt;
    }

    @ExceptionHandler
    ProblemDetail notFound(UnitNotFound e) {
        String detail = e.asOf() == null
                ? messages.get("territory.api.notFound", e.code())
                : messages.get("territory.api.notFoundOn", e.code(), fmt.date(e.asOf()));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle(messages.get("territory.api.notFound.title"));
        return problem;
    }

    /** Names the parameter and says what it should look like: a date, a whole number, true or false. */
    @ExceptionHandler
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String key;
        if (type == LocalDate.class) {
            key = "territory.api.badDate";
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            key = "territory.api.badNumber";
        } else if (type == boolean.class || type == Boolean.class) {
            key = "territory.api.badBoolean";
        } else {
            key = "territory.api.badValue";
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.get(key, e.getName(), String.valueOf(e.getValue())));
        problem.setTitle(messages.get("territory.api.badRequest.title"));
        problem.setProperty("parameter", e.getName());
        return problem;
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ProblemDetail missing(Exception e) {
        String name = e instanceof MissingServletRequestPartException part ? part.getRequestPartName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.get("territory.api.missing", name));
        problem.setTitle(messages.get("territory.api.badRequest.title"));
        return problem;
    }

    /** The first fault in {@code detail}; all of them, each with its entry and field, in {@code errors}. */
    @ExceptionHandler
    ProblemDetail rejected(ImportRejected e) {
        List<String> texts = messages.describe(e.problems());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, texts.get(0));
        problem.setTitle(messages.get("territory.import.rejected"));
        problem.setProperty("errors", java.util.stream.IntStream.range(0, texts.size())
                .mapToObj(i -> {
                    var p = e.problems().get(i);
                    Map<String, Object> error = new java.util.LinkedHashMap<>();
                    error.put("entry", p.entry());
                    error.put("field", p.field());
                    error.put("message", texts.get(i));
                    return error;
                })
                .toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        List<String> fields = e.getBindingResult().getFieldErrors().stream().map(f -> f.getField()).distinct().toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.get("territory.api.invalid", String.join(", ", fields)));
        problem.setTitle(messages.get("territory.api.badRequest.title"));
        problem.setProperty("fields", fields);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail badRequest(BadRequest e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.get(e.messageKey()));
        problem.setTitle(messages.get("territory.api.badRequest.title"));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail refused(ReorganisationRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.describe(e));
        problem.setTitle(messages.get("territory.error.title"));
        return problem;
    }
}
