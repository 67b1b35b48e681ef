package vn.chungsuc.territory.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.web.ApiProblems;
import vn.chungsuc.shared.web.VnFormat;
import vn.chungsuc.territory.ImportRejected;

/**
 * What the units API answers beyond the shared refusal shape ({@link ApiProblems}): a unit not found on the date
 * (404), and a refused import, whose errors also name the entry of the file at fault.
 */
@RestControllerAdvice(assignableTypes = {UnitsApiController.class, UnitChangesApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnitsApiAdvice {

    private final Messages messages;
    private final VnFormat fmt;
    private final ApiProblems problems;

    UnitsApiAdvice(Messages messages, VnFormat fmt, ApiProblems problems) {
        this.messages = messages;
        this.fmt = fmt;
        this.problems = problems;
    }

    @ExceptionHandler
    ProblemDetail notFound(UnitNotFound e) {
        Refused.Reason reason = e.asOf() == null
                ? Refused.Reason.of(null, "territory.api.notFound", e.code())
                : Refused.Reason.of(null, "territory.api.notFoundOn", e.code(), fmt.date(e.asOf()));
        return problems.problem(HttpStatus.NOT_FOUND.value(), "territory.api.notFound.title", List.of(reason));
    }

    /** The first fault in {@code detail}; all of them, each with its entry and field, in {@code errors}. */
    @ExceptionHandler
    ProblemDetail rejected(ImportRejected e) {
        List<String> texts = messages.describe(e.problems());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, texts.get(0));
        problem.setTitle(messages.get("territory.import.rejected"));
        problem.setProperty("errors", IntStream.range(0, texts.size())
                .mapToObj(i -> {
                    var p = e.problems().get(i);
                    Map<String, Object> error = new LinkedHashMap<>();
                    error.put("entry", p.entry());
                    error.put("field", p.field());
                    error.put("message", texts.get(i));
                    return error;
                })
                .toList());
        return problem;
    }
}
