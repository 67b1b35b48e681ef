package vn.chungsuc.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bug on an API route answers the API's JSON shape (status 500, {@code errors: []}, in the request's language)
 * whatever the client's Accept header says, never Boot's HTML error page: a browser opening {@code /api/**} is still
 * an API client. It runs after every other resolver, so only what nobody handled reaches it; denials and missing
 * credentials are left to Spring Security (403, 401). The exception is logged with its stack, never sent.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class ApiServerErrors implements HandlerExceptionResolver {

    private static final Logger log = LoggerFactory.getLogger(ApiServerErrors.class);

    private final MessageSource messages;
    private final JsonMapper json;

    ApiServerErrors(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || ex instanceof AccessDeniedException || ex instanceof AuthenticationException
                || response.isCommitted()) {
            return null;
        }
        log.error("Unhandled error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        var locale = RequestContextUtils.getLocale(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", messages.getMessage("error.title", null, locale));
        body.put("status", 500);
        body.put("detail", messages.getMessage("error.500", null, locale));
        body.put("instance", request.getRequestURI());
        body.put("errors", List.of());
        try {
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write(json.writeValueAsString(body));
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }
}
