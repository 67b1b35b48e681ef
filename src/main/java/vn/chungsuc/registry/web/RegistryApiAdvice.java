package vn.chungsuc.registry.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.chungsuc.registry.domain.HouseholdCommands;

/**
 * Answers a refused registry API request with 400 and a ProblemDetail listing, in Vietnamese, each field at fault
 * ({@code errors: [{field, message}]}); nothing was saved.
 */
@RestControllerAdvice(assignableTypes = RegistryRestController.class)
class RegistryApiAdvice {

    private final WebSupport web;

    RegistryApiAdvice(WebSupport web) {
        this.web = web;
    }

    @ExceptionHandler
    ProblemDetail refused(HouseholdCommands.Refused e) {
        List<Map<String, String>> errors = e.violations().stream()
                .map(v -> Map.of("field", v.field() == null ? "" : v.field(), "message", web.text(v.problem())))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                String.join("; ", errors.stream().map(m -> m.get("message")).toList()));
        problem.setTitle(web.msg("registry.api.refused"));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                web.msg("registry.api.unreadable"));
        problem.setTitle(web.msg("registry.api.refused"));
        return problem;
    }
}
