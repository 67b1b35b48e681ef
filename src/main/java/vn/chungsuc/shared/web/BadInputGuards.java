package vn.chungsuc.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Bad input stopped once for every module (issue 18, hole 10): a parameter with a NUL byte or another control
 * character (PostgreSQL cannot store U+0000: it used to end in a server error) answers 400 before any work; and a
 * redirect goes where it was written, never expanding "{…}" that a user typed into a title or a unit as a URI
 * template (which answered 500).
 */
@Configuration(proxyBeanMethods = false)
class BadInputGuards {

    /** The longest query string a page or the API reads (Tomcat's own request-line limit is 8 KB). */
    static final int MAX_QUERY = 8_192;

    /** Control characters no form field holds (tab, line feed and carriage return are text). */
    static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> controlCharacterGuard(MessageSource messages,
            org.springframework.web.servlet.LocaleResolver locales) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                String bad = null;
                String query = request.getQueryString();
                if (query != null && (query.contains("%00") || hasControl(query))) {
                    bad = "?";
                }
                if (query != null && query.length() > MAX_QUERY) {
                    // Tomcat refuses a request line past 8 KB; behind a proxy with a larger limit, or under MockMvc,
                    // the same answer: a search of 30,000 letters is no search (it ended in a 500 in a template).
                    answer(request, response, "problem.queryTooLong", String.valueOf(MAX_QUERY), "?");
                    return;
                }
                if (bad == null && !"multipart".regionMatches(true, 0, String.valueOf(request.getContentType()), 0,
                        9)) {
                    for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
                        if (hasControl(e.getKey())) {
                            bad = "?";
                            break;
                        }
                        for (String v : e.getValue()) {
                            if (v != null && v.length() > MAX_QUERY && "GET".equals(request.getMethod())) {
                                answer(request, response, "problem.queryTooLong", String.valueOf(MAX_QUERY),
                                        e.getKey());
                                return;
                            }
                            if (v != null && hasControl(v)) {
                                bad = e.getKey();
                                break;
                            }
                        }
                        if (bad != null) {
                            break;
                        }
                    }
                }
                if (bad == null) {
                    chain.doFilter(request, response);
                    return;
                }
                answer(request, response, "problem.controlCharacter", bad, bad);
            }

            private void answer(HttpServletRequest request, HttpServletResponse response, String key, String arg,
                    String bad) throws IOException {
                // Before the DispatcherServlet: the application's resolver (Vietnamese unless the user chose).
                var locale = locales.resolveLocale(request);
                String detail = messages.getMessage(key, new Object[] {arg}, locale);
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setCharacterEncoding("UTF-8");
                if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                    response.setContentType("application/problem+json;charset=UTF-8");
                    String json = "{\"status\":400,\"title\":\"" + escape(messages.getMessage(
                            "problem.title.badRequest", null, locale)) + "\",\"detail\":\"" + escape(detail)
                            + "\",\"errors\":[{\"field\":\"" + escape(bad) + "\",\"message\":\"" + escape(detail)
                            + "\"}]}";
                    response.getWriter().write(json);
                } else {
                    response.setContentType("text/plain;charset=UTF-8");
                    response.getWriter().write(detail);
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("controlCharacterGuard");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 7);
        return registration;
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Every redirect view, however created ("redirect:…" from any controller), takes its URL as written. */
    @Bean
    static BeanPostProcessor redirectsAsWritten() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RedirectView view) {
                    view.setExpandUriTemplateVariables(false);
                }
                return bean;
            }
        };
    }
}
