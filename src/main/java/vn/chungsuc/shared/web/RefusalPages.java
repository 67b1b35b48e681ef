package vn.chungsuc.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.chungsuc.shared.problem.Refused;

/**
 * A refusal that no page handler turned into a form error or a notice answers the error page, with its status and
 * its reasons in the user's language, rather than a server error. It runs after the controllers' own
 * {@code @ExceptionHandler}s; API routes answer the JSON shape of {@link ApiProblems} instead.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RefusalPages implements HandlerExceptionResolver {

    private final MessageSource messages;

    RefusalPages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!(ex instanceof Refused refused)
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        response.setStatus(refused.status());
        return new ModelAndView("error", Map.of("status", refused.status(), "portal", ErrorPages.portal(request),
                "detail", refused.text(messages, RequestContextUtils.getLocale(request))));
    }
}
