package vn.chungsuc.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A page asked with a parameter it cannot read (a date "2017-13-45", a page "abc") answers with the error page in
 * the user's language and status 400, naming the parameter, instead of a framework message. API routes are left to
 * their modules' problem-detail handlers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BadRequestPages implements HandlerExceptionResolver {

    private final MessageSource messages;

    BadRequestPages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        String detail;
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            detail = message(request, "error.badParameter", mismatch.getName(), String.valueOf(mismatch.getValue()));
        } else if (ex instanceof TypeMismatchException mismatch) {
            detail = message(request, "error.badParameter", mismatch.getPropertyName(),
                    String.valueOf(mismatch.getValue()));
        } else if (ex instanceof MissingServletRequestParameterException missing) {
            detail = message(request, "error.missingParameter", missing.getParameterName());
        } else {
            return null;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return new ModelAndView("error",
                Map.of("status", 400, "detail", detail, "portal", ErrorPages.portal(request)));
    }

    private String message(HttpServletRequest request, String key, Object... args) {
        return messages.getMessage(key, args, RequestContextUtils.getLocale(request));
    }
}
