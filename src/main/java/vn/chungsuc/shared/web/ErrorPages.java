package vn.chungsuc.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one rule for errors a browser gets: a framework or controller error carrying a status (a
 * {@code ResponseStatusException} thrown by a page controller, an unknown path, a method not allowed…) answers the
 * error page in the user's language, on the portal's layout under {@code /public/}, instead of the problem+json
 * that {@code spring.mvc.problemdetails} would write. JSON stays for {@code /api/**} and for a client that asks for
 * {@code application/json} (and not HTML). Other exceptions reach Boot's error controller, which renders the same
 * {@code error} page for HTML clients.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ErrorPages implements HandlerExceptionResolver {

    private final LocaleResolver locales;

    ErrorPages(LocaleResolver locales) {
        this.locales = locales;
    }

    /** Whether the request is answered in JSON: an API route or a client asking JSON rather than HTML. */
    static boolean wantsJson(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()) {
                    return false;
                }
                if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                    return true;
                }
                if (type.getSubtype().endsWith("+json")) {
                    return true;
                }
            }
        } catch (RuntimeException unreadable) {
            return false;
        }
        return false;
    }

    /** Whether the page belongs to the public portal (its layout, not the officers'). */
    static boolean portal(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/public");
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!(ex instanceof ErrorResponse error) || wantsJson(request)) {
            return null;
        }
        honourLanguage(request, response);
        int status = error.getStatusCode().value();
        error.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        response.setStatus(status);
        Map<String, Object> model = new HashMap<>();
        model.put("status", status);
        model.put("portal", portal(request));
        return new ModelAndView("error", model);
    }

    /**
     * An unknown path has no handler, so the {@code ?lang=} interceptor did not run: the error page applies the
     * choice itself, to answer in the language asked.
     */
    private void honourLanguage(HttpServletRequest request, HttpServletResponse response) {
        String lang = request.getParameter("lang");
        if (lang != null && (lang.equals("vi") || lang.equals("en"))) {
            locales.setLocale(request, response, Locale.forLanguageTag(lang));
        }
    }
}
