package vn.chungsuc.poverty.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a refused poverty API request with 400 and a ProblemDetail naming the field at fault. */
@RestControllerAdvice(assignableTypes = PovertyRestController.class)
class PovertyApiAdvice {

    private final MessageSource messages;

    PovertyApiAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail rejected(InputRejected e) {
        return problem(e.field(), messages.getMessage(e.key(), e.args(), e.key(), LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(null, messages.getMessage("poverty.api.unreadable", null, LocaleContextHolder.getLocale()));
    }

    private ProblemDetail problem(String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(messages.getMessage("poverty.api.badRequest", null, LocaleContextHolder.getLocale()));
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
